package io.longitude.dashboard.access;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in viewer (or null) in every page's model, for the navigation of the layout. */
@ControllerAdvice
class ViewerAdvice {
    @ModelAttribute("viewer")
    Viewer viewer() {
        return Viewer.current().orElse(null);
    }
}
