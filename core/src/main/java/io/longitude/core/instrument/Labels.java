package io.longitude.core.instrument;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** A text in the three languages of the dashboard. */
public record Labels(String nl, String fr, String en) {
    public Labels {
        Objects.requireNonNull(nl, "nl is null");
        Objects.requireNonNull(fr, "fr is null");
        Objects.requireNonNull(en, "en is null");
    }

    /** The text in the locale's language, English when the language is neither Dutch nor French. */
    public String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "nl" -> nl;
            case "fr" -> fr;
            default -> en;
        };
    }

    static Labels of(Map<?, ?> map, String where) {
        if (map == null) {
            throw new InstrumentException("Cannot read labels, missing at " + where);
        }
        return new Labels(text(map, "nl", where), text(map, "fr", where), text(map, "en", where));
    }

    private static String text(Map<?, ?> map, String language, String where) {
        Object value = map.get(language);
        if (value == null) {
            throw new InstrumentException("Cannot read labels, language " + language + " is missing at " + where);
        }
        return value.toString();
    }
}
