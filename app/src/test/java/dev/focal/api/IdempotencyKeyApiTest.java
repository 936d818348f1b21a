package dev.focal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.RegisterCustomer;
import dev.focal.identity.ApiTokens;
import dev.focal.inventory.InventoryFixtures;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code Idempotency-Key} on every POST that takes one (stock movements by staff token, prescriptions by customer
 * session), through {@code IdempotentPost}: the first answer is kept and repeated, another body under the key is
 * 422, keys belong to their caller, concurrent repeats do the work once, and a failure leaves the key free.
 */
@IntegrationTest
class IdempotencyKeyApiTest {

    static final String PASSWORD = "contact lenses daily";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Catalog catalog;
    @Autowired
    Locations locations;
    @Autowired
    CustomerAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    String sku;
    Location here;

    @BeforeEach
    void setUp() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        sku = InventoryFixtures.newSku(catalog, "IDEM");
        here = InventoryFixtures.newLocation(locations, "IDEM");
        SecurityContextHolder.clearContext();
    }

    String tokenOf(String username, String role) {
        return ApiTestTokens.bearer(tokens, username, role);
    }

    MockHttpSession customerSession() throws Exception {
        String email = "idem-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        accounts.register(new RegisterCustomer(email, "Idem Customer", PASSWORD));
        var session = new MockHttpSession();
        mvc.perform(post("/login").with(csrf()).session(session).param("email", email).param("password", PASSWORD))
                .andExpect(redirectedUrl("/account"));
        return session;
    }

    String receipt(int quantity) {
        return """
                {"kind": "RECEIPT", "sku": "%s", "location": "%s", "bin": "A-01-01", "quantity": %d}"""
                .formatted(sku, here.code(), quantity);
    }

    MockHttpServletResponse move(String token, String key, String body) throws Exception {
        return mvc.perform(post("/api/v1/stock-movements").header("Authorization", token)
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
    }

    int onHand() throws Exception {
        String json = mvc.perform(get("/api/v1/inventory/availability").param("sku", sku)
                        .param("location", here.code()).header("Authorization", tokenOf("admin", "ADMIN")))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.available");
    }

    int movements() {
        return jdbc.sql("select count(*) from stock_movement where sku = ?").param(sku).query(Integer.class).single();
    }

    static String spectacles(String odSph) {
        return """
                {"kind": "SPECTACLES", "issuedOn": "%s", "rx": {"od.sph": "%s", "os.sph": "-1.00"}}"""
                .formatted(LocalDate.now().minusMonths(1), odSph);
    }

    @Test
    void a_repeat_with_the_same_body_gets_the_first_answer_and_adds_nothing() throws Exception {
        var session = customerSession();
        String key = UUID.randomUUID().toString();
        var first = mvc.perform(post("/api/v1/me/rx").header("Idempotency-Key", key).session(session)
                        .contentType(MediaType.APPLICATION_JSON).content(spectacles("-1.50")))
                .andExpect(status().isCreated())
                .andReturn().getResponse();
        // the same request written differently: other spacing, other order of fields
        String reordered = """
                { "rx" : { "os.sph" : "-1.00", "od.sph" : "-1.50" },
                  "issuedOn" : "%s",   "kind" : "SPECTACLES" }""".formatted(LocalDate.now().minusMonths(1));
        var again = mvc.perform(post("/api/v1/me/rx").header("Idempotency-Key", key).session(session)
                        .contentType(MediaType.APPLICATION_JSON).content(reordered))
                .andExpect(status().isOk())
                .andExpect(header().string("Location", first.getHeader("Location")))
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse();

        assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(first.getHeader("Idempotent-Replayed")).isNull();
        mvc.perform(get("/api/v1/me/rx").session(session)).andExpect(jsonPath("$.items", hasSize(1)));
    }

    @Test
    void the_same_key_with_a_different_body_is_refused_with_422_and_writes_nothing() throws Exception {
        String admin = tokenOf("admin", "ADMIN");
        String key = "k-" + UUID.randomUUID();
        assertThat(move(admin, key, receipt(5)).getStatus()).isEqualTo(201);

        mvc.perform(post("/api/v1/stock-movements").header("Authorization", admin).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(receipt(6)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Idempotency key reused with a different request"));
        assertThat(onHand()).isEqualTo(5);
        assertThat(movements()).isEqualTo(1);

        var session = customerSession();
        String rxKey = UUID.randomUUID().toString();
        mvc.perform(post("/api/v1/me/rx").header("Idempotency-Key", rxKey).session(session)
                .contentType(MediaType.APPLICATION_JSON).content(spectacles("-1.50"))).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/me/rx").header("Idempotency-Key", rxKey).session(session)
                        .contentType(MediaType.APPLICATION_JSON).content(spectacles("-1.75")))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/me/rx").session(session))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].values['od.sph']").value("-1.50"));
    }

    @Test
    void two_callers_with_the_same_key_do_not_collide() throws Exception {
        String key = "shared-" + UUID.randomUUID();
        assertThat(move(tokenOf("admin", "ADMIN"), key, receipt(2)).getStatus()).isEqualTo(201);
        assertThat(move(tokenOf("warehouse", "WAREHOUSE"), key, receipt(2)).getStatus()).isEqualTo(201);
        assertThat(onHand()).isEqualTo(4);

        var one = customerSession();
        var other = customerSession();
        for (var session : List.of(one, other)) {
            mvc.perform(post("/api/v1/me/rx").header("Idempotency-Key", key).session(session)
                            .contentType(MediaType.APPLICATION_JSON).content(spectacles("-2.00")))
                    .andExpect(status().isCreated());
            mvc.perform(get("/api/v1/me/rx").session(session)).andExpect(jsonPath("$.items", hasSize(1)));
        }
    }

    @Test
    void concurrent_repeats_of_one_request_move_stock_once_and_all_get_the_same_answer() throws Exception {
        long seed = System.nanoTime();
        System.out.println("concurrent idempotency test seed: " + seed);
        int quantity = 1 + new Random(seed).nextInt(50);
        int callers = 4;
        String admin = tokenOf("admin", "ADMIN");
        String key = "race-" + UUID.randomUUID();
        var start = new CyclicBarrier(callers);
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        List<MockHttpServletResponse> answers = new ArrayList<>();
        try {
            List<Future<MockHttpServletResponse>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                calls.add(threads.submit(() -> {
                    start.await(20, TimeUnit.SECONDS);
                    return move(admin, key, receipt(quantity));
                }));
            }
            for (var call : calls) {
                answers.add(call.get(60, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(answers).extracting(MockHttpServletResponse::getStatus).as("seed %d", seed)
                .containsExactlyInAnyOrder(201, 200, 200, 200);
        List<Object> figures = new ArrayList<>();
        for (var answer : answers) {
            figures.add(JsonPath.read(answer.getContentAsString(), "$.figures"));
        }
        assertThat(figures).as("seed %d", seed).allSatisfy(f -> assertThat(f).isEqualTo(figures.getFirst()));
        assertThat(onHand()).as("seed %d", seed).isEqualTo(quantity);
        assertThat(movements()).isEqualTo(1);
    }

    @Test
    void a_failed_first_request_leaves_the_key_free_for_a_retry() throws Exception {
        String admin = tokenOf("admin", "ADMIN");
        String key = "retry-" + UUID.randomUUID();
        assertThat(move(admin, key, """
                {"kind": "ADJUSTMENT", "sku": "%s", "location": "%s", "quantity": -2, "reason": "BREAKAGE"}"""
                .formatted(sku, here.code())).getStatus()).isEqualTo(409);
        assertThat(move(admin, key, receipt(3)).getStatus()).isEqualTo(201);
        assertThat(onHand()).isEqualTo(3);

        var session = customerSession();
        String rxKey = UUID.randomUUID().toString();
        mvc.perform(post("/api/v1/me/rx").header("Idempotency-Key", rxKey).session(session)
                        .contentType(MediaType.APPLICATION_JSON).content(spectacles("-99")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/me/rx").header("Idempotency-Key", rxKey).session(session)
                        .contentType(MediaType.APPLICATION_JSON).content(spectacles("-1.25")))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/me/rx").session(session)).andExpect(jsonPath("$.items", hasSize(1)));
    }

    @Test
    void a_key_longer_than_100_characters_is_refused() throws Exception {
        mvc.perform(post("/api/v1/stock-movements").header("Authorization", tokenOf("admin", "ADMIN"))
                        .header("Idempotency-Key", "k".repeat(101)).contentType(MediaType.APPLICATION_JSON)
                        .content(receipt(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        assertThat(movements()).isZero();
    }
}
