package dev.focal.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.identity.ApiTokens;
import dev.focal.inventory.InventoryFixtures;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Availability and stock movements over the API, with idempotency keys and problem details. */
@IntegrationTest
class InventoryApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Catalog catalog;
    @Autowired
    Locations locations;

    String sku;
    Location here;

    @BeforeEach
    void setUp() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        sku = InventoryFixtures.newSku(catalog, "API");
        here = InventoryFixtures.newLocation(locations, "API");
        SecurityContextHolder.clearContext();
    }

    String tokenOf(String username, String role) {
        return ApiTestTokens.bearer(tokens, username, role);
    }

    @Test
    void a_receipt_with_a_key_counts_once_and_shows_in_availability() throws Exception {
        String admin = tokenOf("admin", "ADMIN");
        String body = """
                {"kind": "RECEIPT", "sku": "%s", "location": "%s", "bin": "A-01-01", "quantity": 7,
                 "sourceRef": "DN-4711"}""".formatted(sku, here.code());
        mvc.perform(post("/api/v1/stock-movements").header("Authorization", admin).header("Idempotency-Key", "k-" + sku)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.repeated").value(false))
                .andExpect(jsonPath("$.figures[0].onHand").value(7))
                .andExpect(jsonPath("$.figures[0].available").value(7));
        mvc.perform(post("/api/v1/stock-movements").header("Authorization", admin).header("Idempotency-Key", "k-" + sku)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.repeated").value(true))
                .andExpect(jsonPath("$.figures[0].onHand").value(7));
        mvc.perform(get("/api/v1/inventory/availability").param("sku", sku).param("quantity", "3")
                        .header("Authorization", tokenOf("associate", "ASSOCIATE")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available").value(7))
                .andExpect(jsonPath("$.inStock").value(true))
                .andExpect(jsonPath("$.explanation[0]").value(here.code() + ": 7 on hand - 0 reserved = 7 available."));
    }

    @Test
    void bad_movements_get_problem_details_and_change_nothing() throws Exception {
        String admin = tokenOf("admin", "ADMIN");
        mvc.perform(post("/api/v1/stock-movements").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"RECEIPT\", \"sku\": \"%s\", \"location\": \"%s\", \"quantity\": 1}"
                                .formatted(sku, here.code())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        mvc.perform(post("/api/v1/stock-movements").header("Authorization", admin).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"ADJUSTMENT\", \"sku\": \"%s\", \"location\": \"%s\", \"quantity\": -2, \"reason\": \"BREAKAGE\"}"
                                .formatted(sku, here.code())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Not enough stock"));
        mvc.perform(post("/api/v1/stock-movements").header("Authorization", admin).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"RECEIPT\", \"sku\": \"NOPE-%s\", \"location\": \"%s\", \"quantity\": 1}"
                                .formatted(sku, here.code())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sku"));
        mvc.perform(get("/api/v1/inventory/availability").param("sku", sku).header("Authorization", admin))
                .andExpect(jsonPath("$.available").value(0));
    }

    @Test
    void roles_are_checked() throws Exception {
        mvc.perform(post("/api/v1/stock-movements").header("Authorization", tokenOf("optician", "OPTICIAN"))
                        .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"RECEIPT\", \"sku\": \"%s\", \"location\": \"%s\", \"quantity\": 1}"
                                .formatted(sku, here.code())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inventory/availability").param("sku", sku))
                .andExpect(status().isUnauthorized());
    }
}
