package dev.focal.api.core;

import dev.focal.catalog.CatalogExceptions.InvalidProduct;
import dev.focal.catalog.CatalogExceptions.ProductChanged;
import dev.focal.catalog.CatalogExceptions.ProductNotFound;
import dev.focal.catalog.LensFit.UnknownChoice;
import dev.focal.inventory.InventoryExceptions.InsufficientStock;
import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.InventoryExceptions.StockNotFound;
import dev.focal.inventory.InventoryExceptions.StockRecordChanged;
import dev.focal.optics.InvalidRx;
import dev.focal.pricing.NoPriceException;
import dev.focal.pricing.PricingExceptions.ChangedBySomeoneElse;
import dev.focal.pricing.PricingExceptions.InvalidPricingInput;
import dev.focal.pricing.PricingExceptions.RuleNotFound;
import dev.focal.pricing.PricingExceptions.NoActivePriceList;
import dev.focal.procurement.ProcurementExceptions.InvalidPurchaseInput;
import dev.focal.procurement.ProcurementExceptions.PurchaseActionRefused;
import dev.focal.procurement.ProcurementExceptions.PurchaseRecordChanged;
import dev.focal.procurement.ProcurementExceptions.PurchaseRecordNotFound;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an API call into a problem document: Spring MVC's own (unreadable body, wrong
 * method, unsupported media type...) through {@link ResponseEntityExceptionHandler}, and Focal's domain
 * exceptions here, each with the status that fits it.
 */
@RestControllerAdvice(basePackages = "dev.focal.api")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ApiInputException.class)
    ProblemDetail badInput(ApiInputException e, HttpServletRequest request) {
        return ProblemResponses.invalid(e.field(), e.getMessage(), request.getRequestURI());
    }

    @ExceptionHandler(InvalidProduct.class)
    ProblemDetail invalidProduct(InvalidProduct e, HttpServletRequest request) {
        return ProblemResponses.invalid(e.field(), e.getMessage(), request.getRequestURI());
    }

    @ExceptionHandler(UnknownChoice.class)
    ProblemDetail unknownChoice(UnknownChoice e, HttpServletRequest request) {
        return ProblemResponses.invalid(e.field(), e.getMessage(), request.getRequestURI());
    }

    /** A prescription with problems: one error per field, named by its form key ({@code od.sph}, {@code pd}). */
    @ExceptionHandler(InvalidRx.class)
    ProblemDetail invalidRx(InvalidRx e, HttpServletRequest request) {
        var problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage(),
                request.getRequestURI());
        problem.setProperty("errors", e.problems().stream()
                .map(p -> new ProblemResponses.FieldError(p.field().key(), p.message())).toList());
        return problem;
    }

    @ExceptionHandler(InvalidPricingInput.class)
    ProblemDetail invalidPricing(InvalidPricingInput e, HttpServletRequest request) {
        return ProblemResponses.invalid(e.field(), e.getMessage(), request.getRequestURI());
    }

    @ExceptionHandler(InvalidStockInput.class)
    ProblemDetail invalidStock(InvalidStockInput e, HttpServletRequest request) {
        return ProblemResponses.invalid(e.field(), e.getMessage(), request.getRequestURI());
    }

    @ExceptionHandler(InsufficientStock.class)
    ProblemDetail insufficientStock(InsufficientStock e, HttpServletRequest request) {
        return ProblemResponses.problem(HttpStatus.CONFLICT, "Not enough stock", e.getMessage(), request.getRequestURI());
    }

    @ExceptionHandler(InvalidPurchaseInput.class)
    ProblemDetail invalidPurchase(InvalidPurchaseInput e, HttpServletRequest request) {
        return ProblemResponses.invalid(e.field(), e.getMessage(), request.getRequestURI());
    }

    @ExceptionHandler(PurchaseActionRefused.class)
    ProblemDetail refused(PurchaseActionRefused e, HttpServletRequest request) {
        return ProblemResponses.problem(HttpStatus.CONFLICT, "Not possible now", e.getMessage(), request.getRequestURI());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return ProblemResponses.invalid(e.getName(), "'" + e.getValue() + "' is not a valid " + e.getName() + ".",
                request.getRequestURI());
    }

    @ExceptionHandler({ProductNotFound.class, ApiNotFoundException.class, RuleNotFound.class, StockNotFound.class,
            PurchaseRecordNotFound.class})
    ProblemDetail notFound(RuntimeException e, HttpServletRequest request) {
        return ProblemResponses.problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), request.getRequestURI());
    }

    @ExceptionHandler({NoPriceException.class, NoActivePriceList.class})
    ProblemDetail noPrice(RuntimeException e, HttpServletRequest request) {
        return ProblemResponses.problem(HttpStatus.UNPROCESSABLE_CONTENT, "No price", e.getMessage(), request.getRequestURI());
    }

    @ExceptionHandler({ProductChanged.class, ChangedBySomeoneElse.class, StockRecordChanged.class,
            PurchaseRecordChanged.class})
    ProblemDetail conflict(RuntimeException e, HttpServletRequest request) {
        return ProblemResponses.problem(HttpStatus.CONFLICT, "Changed by someone else", e.getMessage(),
                request.getRequestURI());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegal(IllegalArgumentException e, HttpServletRequest request) {
        return ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage(), request.getRequestURI());
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
        String reason = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
        return ResponseEntity.badRequest().body(ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Unreadable body",
                "The body is not valid JSON for this call: " + reason, uri));
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
