package dev.focal.storefront;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A request larger than the multipart limits fails before any controller is chosen, so only an advice without
 * selectors sees it. Documents up to the limits reach the prescription service, which refuses anything over
 * 10 MB with its own message at the field; bigger uploads land here and go back to the upload form with the
 * same advice instead of an error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getRequestURI().startsWith(PrescriptionsController.BASE)) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        String to = request.getParameter("to");
        response.sendRedirect(PrescriptionsController.BASE + "/upload?tooLarge"
                + (to == null || !to.matches("[0-9a-fA-F-]{36}") ? "" : "&to=" + to));
    }
}
