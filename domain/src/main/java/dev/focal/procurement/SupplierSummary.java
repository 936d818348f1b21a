package dev.focal.procurement;

/** A row of the supplier list: how many items it sells us and how many of its POs are open. */
public record SupplierSummary(String code, String name, String email, String currency, int defaultLeadTimeDays,
                              int items, int openOrders, boolean active) {

    public String label() {
        return code + " · " + name;
    }
}
