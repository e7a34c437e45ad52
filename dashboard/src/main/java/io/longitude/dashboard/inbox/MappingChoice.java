package io.longitude.dashboard.inbox;

/**
 * A mapping as the upload page offers it: by survey tool and form, not by file name.
 *
 * @param file the mapping's file name in the mappings folder (the form's value)
 */
public record MappingChoice(String tool, String form, String file) {
    /** How the page names it. */
    public String label() {
        return tool + " · " + form;
    }
}
