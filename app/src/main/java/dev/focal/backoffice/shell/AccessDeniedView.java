package dev.focal.backoffice.shell;

import dev.focal.backoffice.ui.StaffAccess;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown instead of a view the signed-in staff member's roles do not allow. */
@PageTitle("Access denied")
@ParentLayout(MainLayout.class)
@AccessDeniedErrorRouter
@PermitAll
class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private final Paragraph explanation = new Paragraph();

    AccessDeniedView() {
        addClassName("access-denied");
        add(new H2("You do not have access to this page"), explanation);
        RouteConfiguration.forSessionScope().getRoute(MainLayout.START)
                .ifPresent(start -> add(new RouterLink("Back to the start page", start)));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String roles = StaffAccess.currentUser()
                .map(user -> String.join(", ", user.roles().stream().map(r -> r.label()).sorted().toList()))
                .orElse("none");
        explanation.setText("The page /" + event.getLocation().getPath() + " needs a role you do not have "
                + "(your roles: " + roles + "). Ask an administrator if you need it.");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
