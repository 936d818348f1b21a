package dev.focal.api.core;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the one error shape of the API: RFC 9457 problem details with a stable {@code type} URI per kind of
 * problem and, for bad input, {@code errors} listing each field and what is wrong with it.
 */
@Component
public class ProblemResponses {

    public static final String TYPE_BASE = "https://focal.dev/problems/";
    private final JsonMapper json = JsonMapper.builder().build();

    public static ProblemDetail problem(HttpStatus status, String title, String detail, String instance) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create(TYPE_BASE + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "")));
        problem.setInstance(URI.create(instance));
        return problem;
    }

    public static ProblemDetail invalid(String field, String message, String instance) {
        var problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", message, instance);
        problem.setProperty("errors", List.of(new FieldError(field, message)));
        return problem;
    }

    /** Bad input in several fields at once: every field with its message; the detail sums them up. */
    public static ProblemDetail invalid(List<FieldError> errors, String instance) {
        String detail = errors.size() == 1 ? errors.getFirst().message()
                : "Please correct " + errors.size() + " fields: " + String.join(", ",
                errors.stream().map(FieldError::field).toList()) + ".";
        var problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", detail, instance);
        problem.setProperty("errors", List.copyOf(errors));
        return problem;
    }

    public void write(HttpServletResponse response, HttpStatus status, String title, String detail, String instance)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        var problem = problem(status, title, detail, instance);
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", instance);
        response.getWriter().write(json.writeValueAsString(body));
    }

    /** One bad field: its name as the request spelled it, and what is wrong. */
    public record FieldError(String field, String message) {
    }
}
