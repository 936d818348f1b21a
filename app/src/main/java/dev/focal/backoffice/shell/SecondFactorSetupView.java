package dev.focal.backoffice.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.focal.backoffice.ui.AuthenticatorSetup;
import dev.focal.identity.StaffSecondFactor;
import dev.focal.platform.SecondFactorAuthorization;

/**
 * The set-up step at {@code /admin/login/set-up}: a staff member whose roles read prescriptions and who has no
 * authenticator yet sets one up before anything else opens (ADR 0018). Confirming it with a first code completes
 * the sign-in.
 */
@Route("login/set-up")
@PageTitle("Set up sign-in codes")
@AnonymousAllowed
class SecondFactorSetupView extends VerticalLayout implements BeforeEnterObserver {

    private final StaffSecondFactor secondFactor;
    AuthenticatorSetup setup;

    SecondFactorSetupView(StaffSecondFactor secondFactor) {
        this.secondFactor = secondFactor;
        addClassName("login-view");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var signedIn = SecondFactorSession.current();
        if (signedIn.isEmpty()) {
            event.forwardTo(LoginView.class);
            return;
        }
        if (SecondFactorAuthorization.needsSecondFactor(signedIn.get())
                && !SecondFactorAuthorization.mustEnrol(signedIn.get())) {
            event.forwardTo(SecondFactorView.class);
            return;
        }
        if (setup == null && SecondFactorAuthorization.mustEnrol(signedIn.get())) {
            setup = new AuthenticatorSetup(secondFactor.startEnrolment(), code -> {
                var recoveryCodes = secondFactor.confirmEnrolment(code);
                SecondFactorSession.complete();
                return recoveryCodes;
            }, codes -> UI.getCurrent().navigate(MainLayout.START));
            var title = new H1("Focal");
            title.addClassName("login-brand");
            var signOut = new Anchor("logout", "Sign out");
            signOut.getElement().setAttribute("router-ignore", true);
            setup.setMaxWidth("32rem");
            add(title, new H2("Set up sign-in codes"), new Paragraph("Your roles can read prescriptions, so "
                    + "signing in needs a code from an authenticator app as well as your password."), setup, signOut);
        } else if (setup == null) {
            event.forwardTo(MainLayout.START);
        }
    }
}
