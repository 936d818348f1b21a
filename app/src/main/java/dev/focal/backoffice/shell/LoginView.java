package dev.focal.backoffice.shell;

import dev.focal.backoffice.ui.StaffAccess;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Staff sign-in at {@code /admin/login}; the form posts to Spring Security's login processing. With single sign-on
 * configured ({@link OidcSettings}), a link starts it; a refused or impossible single sign-on comes back here with
 * one neutral message.
 */
@Route("login")
@PageTitle("Sign in")
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String SSO_REFUSED = "Single sign-on did not sign you in. Ask an administrator whether your "
            + "account can use it, or sign in with your password.";
    static final String SSO_UNAVAILABLE = "Single sign-on is not available right now. Sign in with your password.";

    private final LoginForm form = new LoginForm();
    private final Paragraph ssoMessage = new Paragraph();

    LoginView(OidcSettings sso) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Staff sign-in");
        i18n.getForm().setUsername("Username");
        i18n.getErrorMessage().setTitle("Sign-in failed");
        i18n.getErrorMessage().setMessage(dev.focal.platform.StaffAuthenticationProvider.REJECTED.replace("Sign-in failed. ", ""));
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        var title = new H1("Focal");
        title.addClassName("login-brand");
        var help = new Paragraph("Forgot your password? Ask an administrator to reset it.");
        help.addClassName("login-help");
        var shop = new Anchor("/", "Go to the shop");
        shop.getElement().setAttribute("router-ignore", true);

        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        ssoMessage.addClassName("login-sso-message");
        ssoMessage.setVisible(false);
        add(title, ssoMessage, form);
        if (sso.enabled()) {
            var link = new Anchor(OidcSettings.START, sso.buttonLabel());
            link.getElement().setAttribute("router-ignore", true);
            link.addClassName("login-sso");
            add(link);
        }
        add(help, shop);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (StaffAccess.currentUser().isPresent()) {
            event.forwardTo(MainLayout.START);
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        boolean refused = parameters.containsKey(OidcSettings.REFUSED);
        boolean unavailable = parameters.containsKey(OidcSettings.UNAVAILABLE);
        ssoMessage.setText(refused ? SSO_REFUSED : unavailable ? SSO_UNAVAILABLE : "");
        ssoMessage.setVisible(refused || unavailable);
    }
}
