package dev.focal.audit;

/** What happened. New actions are added here so the audit screen can filter by them. */
public enum AuditAction {
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    ACCOUNT_LOCKED("Account locked"),
    SIGN_OUT("Signed out"),
    STAFF_USER_CREATED("Staff user created"),
    STAFF_USER_UPDATED("Staff user changed"),
    STAFF_USER_DISABLED("Staff user disabled"),
    STAFF_USER_ENABLED("Staff user enabled"),
    STAFF_PASSWORD_RESET("Staff password reset"),
    STAFF_PASSWORD_CHANGED("Own password changed"),
    JOB_RETRIED("Job retried"),
    CUSTOMER_REGISTERED("Customer registered"),
    CUSTOMER_PASSWORD_RESET("Customer password reset"),
    API_TOKEN_CREATED("API token created"),
    API_TOKEN_REVOKED("API token revoked"),
    SECOND_FACTOR_ENROLLED("Authenticator app set up"),
    SECOND_FACTOR_FAILED("Second-factor code rejected"),
    RECOVERY_CODE_USED("Recovery code used"),
    SECOND_FACTOR_REMOVED("Authenticator app removed"),
    API_TOKEN_POLICY_CHANGED("API token lifetime changed"),
    STOCK_LEDGER_MISMATCH("Stock ledger mismatch"),
    RX_VIEWED("Prescription viewed"),
    RX_DOCUMENT_VIEWED("Prescription document viewed"),
    RX_CREATED("Prescription created"),
    RX_AMENDED("Prescription amended"),
    RX_VERIFIED("Prescription verified"),
    RX_REJECTED("Prescription rejected");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
