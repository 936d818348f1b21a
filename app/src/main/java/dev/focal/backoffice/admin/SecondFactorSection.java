package dev.focal.backoffice.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.focal.backoffice.ui.AuthenticatorSetup;
import dev.focal.identity.AuthenticatorEnrolment;
import dev.focal.identity.StaffSecondFactor;

/**
 * My account's "Sign-in codes": set up an authenticator app, replace it, renew the recovery codes, or remove it
 * when the roles allow (ADR 0018).
 */
class SecondFactorSection extends VerticalLayout {

    final Paragraph status = new Paragraph();
    final Button setUp = new Button("Set up authenticator app");
    final Button replace = new Button("Replace authenticator app");
    final Button renewCodes = new Button("New recovery codes");
    final Button remove = new Button("Remove authenticator app");
    final UnorderedList shownCodes = new UnorderedList();
    private final VerticalLayout work = new VerticalLayout();
    private final StaffSecondFactor secondFactor;

    SecondFactorSection(StaffSecondFactor secondFactor) {
        this.secondFactor = secondFactor;
        setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        setUp.addClickListener(e -> showSetup(secondFactor.startEnrolment()));
        replace.addClickListener(e -> showSetup(secondFactor.startReplacement()));
        renewCodes.addClickListener(e -> {
            shownCodes.removeAll();
            secondFactor.newRecoveryCodes().forEach(code -> shownCodes.add(new ListItem(code)));
            work.removeAll();
            work.add(new Paragraph("Your new recovery codes; the earlier ones no longer work. Save them now: they are "
                    + "not shown again."), shownCodes);
            refresh();
        });
        remove.addClickListener(e -> {
            secondFactor.remove();
            work.removeAll();
            refresh();
        });
        work.setPadding(false);
        setPadding(false);
        add(new H3("Sign-in codes"), status, new HorizontalLayout(setUp, replace, renewCodes, remove), work);
        refresh();
    }

    private void showSetup(AuthenticatorEnrolment enrolment) {
        work.removeAll();
        var setup = new AuthenticatorSetup(enrolment, secondFactor::confirmEnrolment, codes -> {
            work.removeAll();
            refresh();
        });
        setup.setMaxWidth("32rem");
        work.add(setup);
    }

    private void refresh() {
        var state = secondFactor.myState();
        if (state.enrolled()) {
            status.setText("An authenticator app is set up: signing in asks for its code after your password. "
                    + state.recoveryCodesLeft() + " unused recovery codes left.");
        } else if (state.required()) {
            status.setText("Your roles read prescriptions, so an authenticator app is required; set one up.");
        } else {
            status.setText("Optional for your roles: an authenticator app protects your account if your password "
                    + "leaks.");
        }
        setUp.setVisible(!state.enrolled());
        replace.setVisible(state.enrolled());
        renewCodes.setVisible(state.enrolled());
        remove.setVisible(state.enrolled() && !state.required());
    }
}
