package dev.focal.backoffice;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.focal.identity.Role;
import dev.focal.identity.StaffPrincipal;
import dev.focal.identity.StaffUserId;
import dev.focal.platform.StaffUserDetails;
import dev.focal.shared.Ids;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Backoffice views rendered server-side by Karibu-Testing inside the real Spring context. */
abstract class KaribuTest {

    /** Every backoffice route; listed rather than scanned because the views are package-private. */
    private static final Routes ROUTES = routes();

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Routes routes() {
        var views = new java.util.HashSet<Class<? extends com.vaadin.flow.component.Component>>();
        BackofficeMenu.ENTRIES.forEach(entry -> views.add(entry.view()));
        views.add(LoginView.class);
        views.add(PriceListView.class);
        views.add(ProductEditorView.class);
        views.add(SupplierEditorView.class);
        views.add(PurchaseOrderView.class);
        views.add(TransferView.class);
        views.add(CountSheetView.class);
        views.add(CountReviewView.class);
        views.add(CustomerView.class);
        views.add(RxEditorView.class);
        views.add(RxVerificationView.class);
        var errors = new java.util.HashSet<Class<? extends com.vaadin.flow.router.HasErrorParameter<?>>>();
        errors.add((Class) AccessDeniedView.class);
        return new Routes(views, errors, true);
    }

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as a staff member with these roles, as the security chain would, and reloads the UI. */
    void signInAs(String username, Role... roles) {
        var user = new StaffUserDetails(new StaffPrincipal(new StaffUserId(Ids.newId()), username,
                "Test " + username, Set.of(roles)));
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }
}
