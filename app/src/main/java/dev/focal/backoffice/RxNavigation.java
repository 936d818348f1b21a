package dev.focal.backoffice;

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
final class RxNavigation {

    private RxNavigation() {
    }

    static void toCustomers() {
        UI.getCurrent().navigate(CustomersView.class);
    }

    static void toCustomer(CustomerId customer) {
        UI.getCurrent().navigate(CustomerView.class, new RouteParameters("customer", customer.toString()));
    }

    static void toPrescription(CustomerId customer, PrescriptionId rx) {
        UI.getCurrent().navigate(CustomerView.class,
                new RouteParameters(Map.of("customer", customer.toString(), "rx", rx.toString())));
    }

    static void toNewRx(CustomerId customer) {
        UI.getCurrent().navigate(RxEditorView.class, new RouteParameters("customer", customer.toString()));
    }

    static void toAmend(CustomerId customer, PrescriptionId rx) {
        UI.getCurrent().navigate(RxEditorView.class,
                new RouteParameters(Map.of("customer", customer.toString(), "rx", rx.toString())));
    }

    static void toVerificationQueue() {
        UI.getCurrent().navigate(RxVerificationQueueView.class);
    }

    static void toVerification(PrescriptionId rx) {
        UI.getCurrent().navigate(RxVerificationView.class, new RouteParameters("rx", rx.toString()));
    }

    static void toFeasibility(PrescriptionId rx) {
        UI.getCurrent().navigate(FeasibilityView.class, QueryParameters.of(FeasibilityView.RX, rx.toString()));
    }
}
