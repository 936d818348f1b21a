package dev.focal.backoffice.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.focal.identity.SecondFactorCheck;
import dev.focal.identity.StaffSecondFactor;
import dev.focal.platform.SecondFactorAuthorization;

/**
 * The second sign-in step at {@code /admin/login/code}: after the password, a code from the authenticator app or a
 * recovery code (ADR 0018). Open without a role (the caller has only the password factor yet); it leads on to the
 * set-up step or the start page when there is nothing to ask.
 */
@Route("login/code")
@PageTitle("Sign-in code")
@AnonymousAllowed
class SecondFactorView extends VerticalLayout implements BeforeEnterObserver {

    final TextField code = new TextField("Code");
    final Button verify = new Button("Verify");
    /** Only demo accounts in demo mode: lets someone try the demo without an authenticator app. */
    private final Paragraph demoHint = new Paragraph();
    private final StaffSecondFactor secondFactor;

    SecondFactorView(StaffSecondFactor secondFactor) {
        this.secondFactor = secondFactor;
        code.setHelperText("The 6 digits your authenticator app shows, or one of your recovery codes.");
        code.setMaxLength(16);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setAutofocus(true);
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        verify.addClickListener(e -> {
            SecondFactorCheck check = secondFactor.verify(code.getValue(),
                    com.vaadin.flow.server.VaadinRequest.getCurrent().getRemoteAddr());
            if (!check.accepted()) {
                code.clear();
                code.setErrorMessage("That code is not valid. After 5 failed attempts in a row, sign-in is paused "
                        + "for 15 minutes.");
                code.setInvalid(true);
                return;
            }
            SecondFactorSession.complete();
            if (check == SecondFactorCheck.RECOVERY_CODE_ACCEPTED) {
                Notification.show("You signed in with a recovery code; it cannot be used again. Set up a new "
                        + "authenticator or new recovery codes on My account.", 8000, Notification.Position.TOP_CENTER);
            }
            UI.getCurrent().navigate(MainLayout.START);
        });
        var title = new H1("Focal");
        title.addClassName("login-brand");
        var signOut = new Anchor("logout", "Sign out");
        signOut.getElement().setAttribute("router-ignore", true);

        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        add(title, new H2("Second step"), new Paragraph("Enter the code from your authenticator app."), code, verify,
                signOut);
        demoHint.addClassName("demo-code");
        demoHint.setVisible(false);
        addComponentAtIndex(3, demoHint);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var demoCode = secondFactor.demoCode();
        demoHint.setText(demoCode.map(c -> "Demo mode: the demo authenticator shows " + c
                + " now (a new code every 30 seconds).").orElse(""));
        demoHint.setVisible(demoCode.isPresent());
        var signedIn = SecondFactorSession.current();
        if (signedIn.isEmpty()) {
            event.forwardTo(LoginView.class);
        } else if (!SecondFactorAuthorization.needsSecondFactor(signedIn.get())) {
            event.forwardTo(MainLayout.START);
        } else if (SecondFactorAuthorization.mustEnrol(signedIn.get())) {
            event.forwardTo(SecondFactorSetupView.class);
        }
    }
}
