package dev.focal.api;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.identity.ApiTokens;
import dev.focal.inventory.InventoryFixtures;
import dev.focal.inventory.Locations;
import dev.focal.procurement.PurchaseOrderLineDraft;
import dev.focal.procurement.PurchaseOrders;
import dev.focal.procurement.ReceiptDraft;
import dev.focal.procurement.ReceiptLineDraft;
import dev.focal.procurement.Receiving;
import dev.focal.procurement.SupplierDraft;
import dev.focal.procurement.SupplierItemDraft;
import dev.focal.procurement.Suppliers;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Purchase orders over the API: list with filters, one PO with its lines and receipts, problems. */
@IntegrationTest
class PurchaseOrdersApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Suppliers suppliers;
    @Autowired
    PurchaseOrders orders;
    @Autowired
    Receiving receiving;
    @Autowired
    Locations locations;
    @Autowired
    Catalog catalog;

    String number;
    String supplier;
    String sku;

    String tokenOf(String username, String role) {
        return ApiTestTokens.bearer(tokens, username, role);
    }

    @BeforeEach
    void setUp() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("api-po-admin", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            String location = InventoryFixtures.newLocation(locations, "API").code();
            supplier = suppliers.create(new SupplierDraft(InventoryFixtures.unique("API"), "API supplier",
                    "api@supplier.example", null, null, "Somewhere 1", "EUR", "30 days net", 5, BigDecimal.ZERO, 0, true));
            sku = InventoryFixtures.newSku(catalog, "APIPO");
            suppliers.saveItem(supplier, new SupplierItemDraft(sku, "X-1", new BigDecimal("3.20"), 1, 1, null), null);
            number = orders.create(supplier, location, null, null);
            orders.setLines(number, orders.get(number).version(), List.of(PurchaseOrderLineDraft.of(sku, 10)));
            orders.submit(number, orders.get(number).version());
            orders.send(number, orders.get(number).version());
            receiving.receive(new ReceiptDraft(number, location, null, List.of(new ReceiptLineDraft(sku, 4, 1, null, null, null))));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void warehouse_staff_list_purchase_orders_by_status_and_supplier() throws Exception {
        mvc.perform(get("/api/v1/purchase-orders").param("status", "partially_received").param("supplier", supplier)
                        .header("Authorization", tokenOf("warehouse", "WAREHOUSE")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].number").value(number))
                .andExpect(jsonPath("$.items[0].outstanding").value(6))
                .andExpect(jsonPath("$.items[0].total.amount").value(32.00));
        mvc.perform(get("/api/v1/purchase-orders").param("status", "DRAFT").param("supplier", supplier)
                        .header("Authorization", tokenOf("buyer", "BUYER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void one_purchase_order_has_its_lines_with_outstanding_quantities_and_its_receipts() throws Exception {
        mvc.perform(get("/api/v1/purchase-orders/" + number).header("Authorization", tokenOf("buyer", "BUYER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PARTIALLY_RECEIVED"))
                .andExpect(jsonPath("$.supplier.code").value(supplier))
                .andExpect(jsonPath("$.lines[0].sku").value(sku))
                .andExpect(jsonPath("$.lines[0].received").value(4))
                .andExpect(jsonPath("$.lines[0].damaged").value(1))
                .andExpect(jsonPath("$.lines[0].outstanding").value(6))
                .andExpect(jsonPath("$.lines[0].status").value("PARTIAL"))
                .andExpect(jsonPath("$.receipts[0].lines[0].quantity").value(4))
                .andExpect(jsonPath("$.receipts[*].poNumber", hasItem(number)));
    }

    @Test
    void errors_are_problem_documents_and_other_roles_are_refused() throws Exception {
        String buyer = tokenOf("buyer", "BUYER");
        mvc.perform(get("/api/v1/purchase-orders/PO-1999-9999").header("Authorization", buyer))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/purchase-orders").param("status", "LOST").header("Authorization", buyer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/purchase-orders").header("Authorization", tokenOf("associate", "ASSOCIATE")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/purchase-orders"))
                .andExpect(status().isUnauthorized());
    }
}
