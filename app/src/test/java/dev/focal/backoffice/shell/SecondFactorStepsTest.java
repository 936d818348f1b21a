package dev.focal.backoffice.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.IntegrationTest;
import dev.focal.backoffice.KaribuTest;
import dev.focal.identity.Role;
import dev.focal.identity.SecondFactorCodes;
import dev.focal.identity.SecondFactorFixtures;
import dev.focal.identity.SignInChannel;
import dev.focal.identity.StaffSecondFactor;
import dev.focal.identity.StaffSignIn;
import dev.focal.identity.StaffUserService;
import dev.focal.platform.SecondFactorAuthenticationProvider;
import dev.focal.platform.StaffAuthenticationProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The second sign-in step and the set-up step in the backoffice (ADR 0018), after a real password sign-in. */
@IntegrationTest
class SecondFactorStepsTest extends KaribuTest {

    @Autowired
    StaffUserService staff;
    @Autowired
    StaffSignIn signIn;
    @Autowired
    StaffSecondFactor secondFactor;
    @Autowired
    JdbcClient jdbc;

    private void passwordSignIn(String username) {
        passwordSignIn(username, SecondFactorFixtures.PASSWORD);
    }

    private void passwordSignIn(String username, String password) {
        var provider = new SecondFactorAuthenticationProvider(
                new StaffAuthenticationProvider(signIn, SignInChannel.BACKOFFICE), secondFactor);
        signInWith(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                password)));
    }

    private void open(String route) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(route);
    }

    @Test
    void an_optician_without_an_authenticator_sets_one_up_before_anything_opens() {
        String optician = SecondFactorFixtures.newStaff(staff, Role.OPTICIAN);
        passwordSignIn(optician);

        open("rx-verification");
        assertThat(shownView()).isEqualTo("SecondFactorSetupView");
        open("my-account");
        assertThat(shownView()).isEqualTo("SecondFactorSetupView");

        String secret = _get(Span.class, spec -> spec.withClasses("authenticator-secret")).getText();
        var code = _get(TextField.class, spec -> spec.withLabel("Code from the app"));
        code.setValue("000000".equals(SecondFactorCodes.codeNow(secret)) ? "111111" : "000000");
        _click(_get(Button.class, spec -> spec.withText("Confirm")));
        assertThat(code.isInvalid()).isTrue();

        code.setValue(SecondFactorCodes.codeNow(secret));
        _click(_get(Button.class, spec -> spec.withText("Confirm")));
        assertThat(_find(ListItem.class)).hasSize(10);
        _click(_get(Button.class, spec -> spec.withText("Continue")));
        assertThat(shownView()).isEqualTo("HomeView");

        open("rx-verification");
        assertThat(shownView()).isEqualTo("RxVerificationQueueView");
    }

    @Test
    void an_enrolled_optician_gives_the_code_before_prescriptions_open() {
        var optician = SecondFactorFixtures.enrol(secondFactor, SecondFactorFixtures.newStaff(staff, Role.OPTICIAN));
        passwordSignIn(optician.username());

        open("rx-verification");
        assertThat(shownView()).isEqualTo("SecondFactorView");

        var code = _get(TextField.class, spec -> spec.withLabel("Code"));
        code.setValue("not a code");
        _click(_get(Button.class, spec -> spec.withText("Verify")));
        assertThat(code.isInvalid()).isTrue();
        assertThat(shownView()).isEqualTo("SecondFactorView");

        code.setValue(SecondFactorCodes.unusedCode(jdbc, optician.username(), optician.secret()));
        _click(_get(Button.class, spec -> spec.withText("Verify")));
        assertThat(shownView()).isEqualTo("HomeView");
        open("rx-verification");
        assertThat(shownView()).isEqualTo("RxVerificationQueueView");
    }

    @Test
    void a_warehouse_member_sets_up_an_optional_authenticator_on_my_account_and_may_remove_it() {
        String warehouse = SecondFactorFixtures.newStaff(staff, Role.WAREHOUSE);
        passwordSignIn(warehouse);
        open("my-account");
        assertThat(shownView()).isEqualTo("MyAccountView");

        _click(_get(Button.class, spec -> spec.withText("Set up authenticator app")));
        String secret = _get(Span.class, spec -> spec.withClasses("authenticator-secret")).getText();
        _get(TextField.class, spec -> spec.withLabel("Code from the app")).setValue(SecondFactorCodes.codeNow(secret));
        _click(_get(Button.class, spec -> spec.withText("Confirm")));
        assertThat(_find(ListItem.class)).hasSize(10);
        _click(_get(Button.class, spec -> spec.withText("Continue")));
        assertThat(secondFactor.myState().enrolled()).isTrue();

        _click(_get(Button.class, spec -> spec.withText("Remove authenticator app")));
        assertThat(secondFactor.myState().enrolled()).isFalse();
    }

    @Test
    void in_demo_mode_the_code_step_shows_the_current_code_to_demo_accounts_only() {
        passwordSignIn("optician", "demo");
        open("rx-verification");
        assertThat(shownView()).isEqualTo("SecondFactorView");
        var hint = _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("demo-code"));
        var shown = java.util.regex.Pattern.compile("shows (\\d{6}) now").matcher(hint.getText());
        assertThat(shown.find()).as(hint.getText()).isTrue();
        assertThat(shown.group(1)).isIn(SecondFactorCodes.codeNow(StaffSecondFactor.DEMO_SECRET),
                SecondFactorCodes.code(StaffSecondFactor.DEMO_SECRET, java.time.Instant.now().minusSeconds(30)));

        var optician = SecondFactorFixtures.enrol(secondFactor, SecondFactorFixtures.newStaff(staff, Role.OPTICIAN));
        passwordSignIn(optician.username());
        open("rx-verification");
        assertThat(shownView()).isEqualTo("SecondFactorView");
        _assertNone(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("demo-code"));
    }
}
