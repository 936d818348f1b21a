package dev.focal.api.core;

import dev.focal.shared.ChangedBySomeoneElse;
import dev.focal.shared.InvalidInput;
import dev.focal.shared.NotFound;
import dev.focal.shared.Refused;
import dev.focal.shared.Remote;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an API call into a problem document: Spring MVC's own (unreadable body, wrong
 * method, unsupported media type...) through {@link ResponseEntityExceptionHandler}, and Focal's domain
 * exceptions here by the four shared kinds every context's failures extend ({@link InvalidInput},
 * {@link NotFound}, {@link ChangedBySomeoneElse}, {@link Refused}), so a new context or endpoint never edits
 * this class.
 */
@RestControllerAdvice(basePackages = "dev.focal.api")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    static final String INVALID_INPUT = "A value in this request cannot be used here. Check it against the API "
            + "documentation (docs/api.md).";
    static final String NOT_JSON = "The body is not valid JSON for this call: check the syntax (quotes, commas, "
            + "brackets) and that each field has the type the API documentation gives.";
    static final String UNEXPECTED = "Something went wrong on our side; nothing about your request was at fault. "
            + "Try again later, and if it keeps failing, tell us the reference.";

    /** 400 "Invalid input", with {@code errors} naming each bad field (none when the input as a whole is wrong). */
    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e, HttpServletRequest request) {
        var problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage(),
                request.getRequestURI());
        if (!e.fieldProblems().isEmpty()) {
            problem.setProperty("errors", e.fieldProblems().stream()
                    .map(p -> new ProblemResponses.FieldError(p.field(), p.message())).toList());
        }
        return problem;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e, HttpServletRequest request) {
        return ProblemResponses.problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), request.getRequestURI());
    }

    @ExceptionHandler(ChangedBySomeoneElse.class)
    ProblemDetail changed(ChangedBySomeoneElse e, HttpServletRequest request) {
        return ProblemResponses.problem(HttpStatus.CONFLICT, "Changed by someone else", e.getMessage(),
                request.getRequestURI());
    }

    /**
     * 409 with the refusal's own title ("Not possible now", "Not enough stock"); 422 when something the call
     * needs has not been set up ("No price").
     */
    @ExceptionHandler(Refused.class)
    ProblemDetail refused(Refused e, HttpServletRequest request) {
        var status = switch (e.kind()) {
            case NOT_NOW -> HttpStatus.CONFLICT;
            case CANNOT_PROCESS -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return ProblemResponses.problem(status, e.title(), e.getMessage(), request.getRequestURI());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return ProblemResponses.invalid(e.getName(), "'" + e.getValue() + "' is not a valid " + e.getName() + ".",
                request.getRequestURI());
    }

    /**
     * A plain {@link IllegalArgumentException} is not written for the caller (it may come from a library and name
     * server code), so its message stays in the log; the domain's own bad input is an {@link InvalidInput}.
     */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegal(IllegalArgumentException e, HttpServletRequest request) {
        log.debug("Plain IllegalArgumentException answered as invalid input on {}", request.getRequestURI(), e);
        return ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Invalid input", INVALID_INPUT,
                request.getRequestURI());
    }

    /**
     * Anything else is a fault of ours: 500 with a fixed text and the correlation ID to quote, never the message or
     * class name; the stack trace goes to the log at ERROR under the same ID. Access and sign-in failures pass on to
     * Spring Security, and Spring MVC's own exceptions are answered by {@link ResponseEntityExceptionHandler}.
     */
    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e, HttpServletRequest request) {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException
                || AnnotatedElementUtils.hasAnnotation(e.getClass(), ResponseStatus.class)) {
            throw e;
        }
        String correlationId = Remote.correlationId().orElse("");
        log.error("Unexpected failure of {} {} [{}]", request.getMethod(), request.getRequestURI(), correlationId, e);
        var problem = ProblemResponses.problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                correlationId.isEmpty() ? UNEXPECTED : UNEXPECTED + " Quote reference " + correlationId + ".",
                request.getRequestURI());
        if (!correlationId.isEmpty()) {
            problem.setProperty("correlationId", correlationId);
        }
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        String uri = request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "";
        if (cause == ex) {
            // Spring's own message ("Required request body is missing: <handler method signature>") names server
            // code; the caller only needs to know the body is missing
            return ResponseEntity.badRequest().body(ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Unreadable body",
                    "Send a JSON body with this call.", uri));
        }
        // the parser's message names its own classes, our record types and the source position: log it, do not echo it
        log.debug("Unreadable body on {}: {}", uri, cause.getMessage());
        return ResponseEntity.badRequest().body(ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Unreadable body",
                NOT_JSON, uri));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        // Spring's own exceptions: keep its detail, give the problem our type and the request path
        var response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && request instanceof ServletWebRequest servlet) {
            var status = HttpStatus.resolve(statusCode.value());
            var ours = ProblemResponses.problem(status == null ? HttpStatus.BAD_REQUEST : status,
                    problem.getTitle() == null ? "Bad request" : problem.getTitle(),
                    problem.getDetail() == null ? "" : problem.getDetail(), servlet.getRequest().getRequestURI());
            return ResponseEntity.status(statusCode).headers(response.getHeaders()).body(ours);
        }
        return response;
    }
}
