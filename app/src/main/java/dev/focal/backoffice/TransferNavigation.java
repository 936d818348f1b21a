package dev.focal.backoffice;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/** Where the transfer screens live: the URL names the transfer ({@code transfers/TR-2026-0001}). */
final class TransferNavigation {

    private TransferNavigation() {
    }

    static void toTransfers() {
        UI.getCurrent().navigate(TransfersView.class);
    }

    static void toTransfer(String number) {
        UI.getCurrent().navigate(TransferView.class, new RouteParameters("number", number));
    }
}
