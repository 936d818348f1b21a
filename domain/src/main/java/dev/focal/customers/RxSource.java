package dev.focal.customers;

/** Where the values of a prescription version came from. */
public enum RxSource {
    CUSTOMER_ENTERED("Entered by the customer"),
    UPLOADED_DOCUMENT("Uploaded document"),
    STAFF_ENTERED("Entered by staff"),
    VERIFIED_WITH_PRESCRIBER("Verified with the prescriber");

    private final String label;

    RxSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
