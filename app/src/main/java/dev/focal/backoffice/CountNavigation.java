package dev.focal.backoffice;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/** Where the cycle count screens live: the URL names the sheet ({@code counts/CC-2026-0001/count}). */
final class CountNavigation {

    private CountNavigation() {
    }

    static void toCounts() {
        UI.getCurrent().navigate(CountsView.class);
    }

    static void toCount(String number) {
        UI.getCurrent().navigate(CountSheetView.class, new RouteParameters("number", number));
    }

    static void toReview(String number) {
        UI.getCurrent().navigate(CountReviewView.class, new RouteParameters("number", number));
    }
}
