package dev.focal.api.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.focal.catalog.CatalogExceptions.InvalidProduct;
import dev.focal.catalog.CatalogExceptions.ProductChanged;
import dev.focal.catalog.CatalogExceptions.ProductNotFound;
import dev.focal.catalog.LensFit.UnknownChoice;
import dev.focal.inventory.InventoryExceptions.InsufficientStock;
import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.InventoryExceptions.StockNotFound;
import dev.focal.inventory.InventoryExceptions.StockRecordChanged;
import dev.focal.optics.InvalidRx;
import dev.focal.optics.RxField;
import dev.focal.optics.RxProblem;
import dev.focal.pricing.Channel;
import dev.focal.pricing.NoPriceException;
import dev.focal.pricing.PricingExceptions.ChangedBySomeoneElse;
import dev.focal.pricing.PricingExceptions.InvalidPromotion;
import dev.focal.pricing.PricingExceptions.NoActivePriceList;
import dev.focal.pricing.PricingExceptions.RuleNotFound;
import dev.focal.procurement.ProcurementExceptions.InvalidPurchaseInput;
import dev.focal.procurement.ProcurementExceptions.PurchaseActionRefused;
import dev.focal.procurement.ProcurementExceptions.PurchaseRecordChanged;
import dev.focal.procurement.ProcurementExceptions.PurchaseRecordNotFound;
import dev.focal.shared.Remote;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.MDC;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one exception handler maps the four shared failure kinds, so every context's exception gets the status
 * and title it had when the handler listed them one by one. A stand-in endpoint throws each of them. Anything
 * else is a 500 that echoes neither message nor class name.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiProblemsTest {

    static final Map<String, Supplier<RuntimeException>> FAILURES = Map.ofEntries(
            Map.entry("invalid-product", () -> new InvalidProduct("code", "Use 2 to 40 capital letters.")),
            Map.entry("unknown-choice", () -> new UnknownChoice("lensCode", "No lens LX-9.")),
            Map.entry("invalid-promotion", () -> new InvalidPromotion("percent", "Give a percentage.")),
            Map.entry("invalid-stock", () -> new InvalidStockInput("sku", "No SKU X.")),
            Map.entry("invalid-purchase", () -> new InvalidPurchaseInput("lines[0].quantity", "At least 1.")),
            Map.entry("api-input", () -> new ApiInputException("page", "Pages are counted from 0.")),
            Map.entry("invalid-rx", () -> new InvalidRx(List.of(new RxProblem(RxField.OD_SPH, "Use steps of 0.25."),
                    new RxProblem(RxField.PD, "Give the PD.")))),
            Map.entry("plain-illegal", () -> new IllegalArgumentException("java.lang.NumberFormatException: x")),
            Map.entry("product-not-found", () -> new ProductNotFound("FR-1")),
            Map.entry("api-not-found", () -> new ApiNotFoundException("No SKU X on sale.")),
            Map.entry("rule-not-found", () -> new RuleNotFound("promotion P")),
            Map.entry("stock-not-found", () -> new StockNotFound("location WH9")),
            Map.entry("po-not-found", () -> new PurchaseRecordNotFound("purchase order PO-1")),
            Map.entry("product-changed", () -> new ProductChanged("FR-1")),
            Map.entry("pricing-changed", () -> new ChangedBySomeoneElse("The promotion")),
            Map.entry("stock-changed", () -> new StockRecordChanged("Location WH1")),
            Map.entry("po-changed", () -> new PurchaseRecordChanged("Purchase order PO-1")),
            Map.entry("insufficient", () -> new InsufficientStock("FR-1", "WH1", 5, 3, "Only 3 available at WH1.")),
            Map.entry("po-refused", () -> new PurchaseActionRefused("Only a draft can be edited.")),
            Map.entry("no-price", () -> new NoPriceException("FR-1", "WEB-2026")),
            Map.entry("no-price-list", () -> new NoActivePriceList(Channel.WEB, "EUR", Instant.EPOCH)));

    @RestController
    static class Failing {
        @GetMapping("/api/v1/failing/{name}")
        String fail(@PathVariable String name) {
            throw FAILURES.get(name).get();
        }

        @GetMapping("/api/v1/failing-unexpectedly")
        String failUnexpectedly() {
            throw new IllegalStateException("pool dev.focal.secret exhausted for jdbc:postgresql://db/focal");
        }

        @PostMapping("/api/v1/failing/body")
        String body(@RequestBody Body body) {
            return body.name();
        }
    }

    record Body(String name, int count) {
    }

    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
            .setControllerAdvice(new ApiExceptionHandler()).build();

    /** Every exception the handler named before the shared kinds, with the status and title it answered. */
    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("invalid-product", 400, "Invalid input"),
                Arguments.of("unknown-choice", 400, "Invalid input"),
                Arguments.of("invalid-promotion", 400, "Invalid input"),
                Arguments.of("invalid-stock", 400, "Invalid input"),
                Arguments.of("invalid-purchase", 400, "Invalid input"),
                Arguments.of("api-input", 400, "Invalid input"),
                Arguments.of("invalid-rx", 400, "Invalid input"),
                Arguments.of("product-not-found", 404, "Not found"),
                Arguments.of("api-not-found", 404, "Not found"),
                Arguments.of("rule-not-found", 404, "Not found"),
                Arguments.of("stock-not-found", 404, "Not found"),
                Arguments.of("po-not-found", 404, "Not found"),
                Arguments.of("product-changed", 409, "Changed by someone else"),
                Arguments.of("pricing-changed", 409, "Changed by someone else"),
                Arguments.of("stock-changed", 409, "Changed by someone else"),
                Arguments.of("po-changed", 409, "Changed by someone else"),
                Arguments.of("insufficient", 409, "Not enough stock"),
                Arguments.of("po-refused", 409, "Not possible now"),
                Arguments.of("no-price", 422, "No price"),
                Arguments.of("no-price-list", 422, "No price"));
    }

    @ParameterizedTest(name = "{0} answers {1} {2}")
    @MethodSource("answers")
    void each_context_failure_keeps_the_status_and_title_it_answered_before(String name, int status, String title)
            throws Exception {
        String message = FAILURES.get(name).get().getMessage();
        mvc.perform(get("/api/v1/failing/" + name))
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.type").value(ProblemResponses.TYPE_BASE
                        + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')))
                .andExpect(jsonPath("$.detail").value(message))
                .andExpect(jsonPath("$.instance").value("/api/v1/failing/" + name));
    }

    @Test
    void invalid_input_names_its_field_with_the_message() throws Exception {
        mvc.perform(get("/api/v1/failing/invalid-purchase"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"))
                .andExpect(jsonPath("$.errors[0].message").value("At least 1."));
    }

    @Test
    void an_invalid_prescription_names_every_field_by_its_form_key() throws Exception {
        mvc.perform(get("/api/v1/failing/invalid-rx"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Right SPH: Use steps of 0.25. PD: Give the PD."))
                .andExpect(jsonPath("$.errors[0].field").value("od.sph"))
                .andExpect(jsonPath("$.errors[0].message").value("Use steps of 0.25."))
                .andExpect(jsonPath("$.errors[1].field").value("pd"))
                .andExpect(jsonPath("$.errors[1].message").value("Give the PD."));
    }

    @Test
    void a_plain_illegal_argument_names_no_field_and_does_not_echo_its_message() throws Exception {
        mvc.perform(get("/api/v1/failing/plain-illegal"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.detail").value(ApiExceptionHandler.INVALID_INPUT))
                .andExpect(jsonPath("$.errors").doesNotExist())
                .andExpect(content().string(not(containsString("NumberFormat"))));
    }

    @Test
    void an_unexpected_failure_is_a_500_with_the_correlation_id_and_no_message_or_class_name(CapturedOutput output)
            throws Exception {
        MDC.put(Remote.CORRELATION_ID, "test-corr-42");
        try {
            mvc.perform(get("/api/v1/failing-unexpectedly"))
                    .andExpect(status().isInternalServerError())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.title").value("Internal error"))
                    .andExpect(jsonPath("$.correlationId").value("test-corr-42"))
                    .andExpect(jsonPath("$.detail").value(containsString("test-corr-42")))
                    .andExpect(content().string(not(containsString("IllegalState"))))
                    .andExpect(content().string(not(containsString("java."))))
                    .andExpect(content().string(not(containsString("dev.focal.secret"))))
                    .andExpect(content().string(not(containsString("jdbc:"))));
        } finally {
            MDC.remove(Remote.CORRELATION_ID);
        }
        assertThat(output.getOut()).contains("ERROR").contains("test-corr-42")
                .contains("java.lang.IllegalStateException: pool dev.focal.secret exhausted")
                .contains("at dev.focal.api.core.ApiProblemsTest$Failing.failUnexpectedly");
    }

    @Test
    void access_denied_is_not_turned_into_a_500() {
        var denied = new org.springframework.security.access.AccessDeniedException("no");
        assertThatThrownBy(() -> new ApiExceptionHandler().unexpected(denied, new MockHttpServletRequest()))
                .isSameAs(denied);
    }

    @Test
    void malformed_json_is_a_400_without_parser_internals() throws Exception {
        for (String body : List.of("{\"name\": \"x\", \"count\": ", "{\"name\": \"x\", \"count\": \"many\"}",
                "[1, 2]", "{name: x}")) {
            mvc.perform(post("/api/v1/failing/body").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.title").value("Unreadable body"))
                    .andExpect(jsonPath("$.detail").value(ApiExceptionHandler.NOT_JSON))
                    .andExpect(content().string(not(containsString("tools.jackson"))))
                    .andExpect(content().string(not(containsString("line:"))))
                    .andExpect(content().string(not(containsString("ApiProblemsTest"))))
                    .andExpect(content().string(not(containsString("java."))));
        }
    }

    @Test
    void a_missing_record_is_404_not_found() throws Exception {
        mvc.perform(get("/api/v1/failing/po-not-found"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("No purchase order PO-1."));
    }

    @Test
    void a_stale_lock_version_is_409_changed_by_someone_else() throws Exception {
        mvc.perform(get("/api/v1/failing/stock-changed"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://focal.dev/problems/changed-by-someone-else"))
                .andExpect(jsonPath("$.title").value("Changed by someone else"));
    }

    @Test
    void a_refusal_answers_with_its_own_title_409_or_422_when_nothing_is_set_up() throws Exception {
        mvc.perform(get("/api/v1/failing/po-refused"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://focal.dev/problems/not-possible-now"));
        mvc.perform(get("/api/v1/failing/insufficient"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://focal.dev/problems/not-enough-stock"));
        mvc.perform(get("/api/v1/failing/no-price"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://focal.dev/problems/no-price"));
    }
}
