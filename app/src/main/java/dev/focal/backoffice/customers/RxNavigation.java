package dev.focal.backoffice.customers;

import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import dev.focal.customers.CustomerId;
import dev.focal.customers.PrescriptionId;
import java.util.Map;

/**
 * Where the prescription screens live: the URL names the customer, the prescription shown and the task being
 * verified ({@code customers/<id>/<rx>}, {@code rx-verification/<rx>}, {@code feasibility?rx=<rx>}).
 */
public final class RxNavigation {

    private RxNavigation() {
    }

    public static void toCustomers() {
        UI.getCurrent().navigate(CustomersView.class);
    }

    public static void toCustomer(CustomerId customer) {
        UI.getCurrent().navigate(CustomerView.class, new RouteParameters("customer", customer.toString()));
    }

    public static void toPrescription(CustomerId customer, PrescriptionId rx) {
        UI.getCurrent().navigate(CustomerView.class,
                new RouteParameters(Map.of("customer", customer.toString(), "rx", rx.toString())));
    }

    public static void toNewRx(CustomerId customer) {
        UI.getCurrent().navigate(RxEditorView.class, new RouteParameters("customer", customer.toString()));
    }

    public static void toAmend(CustomerId customer, PrescriptionId rx) {
        UI.getCurrent().navigate(RxEditorView.class,
                new RouteParameters(Map.of("customer", customer.toString(), "rx", rx.toString())));
    }

    public static void toVerificationQueue() {
        UI.getCurrent().navigate(RxVerificationQueueView.class);
    }

    public static void toVerification(PrescriptionId rx) {
        UI.getCurrent().navigate(RxVerificationView.class, new RouteParameters("rx", rx.toString()));
    }

    public static void toFeasibility(PrescriptionId rx) {
        UI.getCurrent().navigate(FeasibilityView.class, QueryParameters.of(FeasibilityView.RX, rx.toString()));
    }

    /** A link to the verification queue; the caller adds its text or content. */
    public static RouterLink verificationQueueLink() {
        return new RouterLink(RxVerificationQueueView.class);
    }

    /** A link to the verification screen of this prescription. */
    public static RouterLink verificationLink(String text, PrescriptionId rx) {
        return new RouterLink(text, RxVerificationView.class, new RouteParameters("rx", rx.toString()));
    }
}
