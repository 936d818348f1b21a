package dev.focal.backoffice.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.focal.platform.SecondFactorAuthorization;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Until a staff sign-in has its second factor, every backoffice route leads to the second step: the code, or the
 * set-up when the roles require an authenticator and there is none yet (ADR 0018). Services and the API refuse such
 * a sign-in on their own; this only shows the way.
 */
@Component
class SecondFactorGuard implements VaadinServiceInitListener {

    private static final Set<Class<?>> SIGN_IN_STEPS = Set.of(LoginView.class, SecondFactorView.class,
            SecondFactorSetupView.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(SecondFactorGuard::check));
    }

    static void check(BeforeEnterEvent event) {
        if (SIGN_IN_STEPS.contains(event.getNavigationTarget())) {
            return;
        }
        SecondFactorSession.current().filter(SecondFactorAuthorization::needsSecondFactor).ifPresent(signedIn ->
                event.forwardTo(SecondFactorAuthorization.mustEnrol(signedIn)
                        ? SecondFactorSetupView.class : SecondFactorView.class));
    }
}
