package dev.focal.customers;

/** Spectacles or contact lenses: a contact-lens prescription never makes glasses, and the reverse. */
public enum RxKind {
    SPECTACLES("Spectacles"),
    CONTACT_LENSES("Contact lenses");

    private final String label;

    RxKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
