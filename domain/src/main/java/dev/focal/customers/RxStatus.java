package dev.focal.customers;

/**
 * Verification state of a prescription version. Customer-entered values are {@link #UNVERIFIED}; an uploaded
 * document puts the prescription {@link #AWAITING_VERIFICATION} until an optician transcribes and verifies it
 * or rejects it with a reason.
 */
public enum RxStatus {
    UNVERIFIED("Not verified"),
    AWAITING_VERIFICATION("Awaiting verification"),
    VERIFIED("Verified"),
    REJECTED("Rejected");

    private final String label;

    RxStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
