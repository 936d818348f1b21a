package dev.focal.storefront.account;

import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.CustomerExceptions.EmailAlreadyRegistered;
import dev.focal.shared.Email;
import dev.focal.shared.PasswordPolicy;
import dev.focal.storefront.shell.CustomerThrottles;
import dev.focal.storefront.shell.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Customer sign-up. A valid sign-up lands on "check your e-mail" whether the address was new or already had an
 * account, as sign-in and password reset do, so the form cannot tell who is a customer: a new customer gets a
 * welcome e-mail that links to sign-in, the owner of an existing account an e-mail saying someone tried.
 */
@Controller
class RegistrationController {

    private final CustomerAccounts accounts;
    private final CustomerThrottles throttles;

    RegistrationController(CustomerAccounts accounts, CustomerThrottles throttles) {
        this.accounts = accounts;
        this.throttles = throttles;
    }

    @GetMapping("/register")
    String form(@RequestParam(required = false) String sent, Model model) {
        model.addAttribute("page", sent != null ? RegisterPage.checkYourEmail() : RegisterPage.blank());
        return "account/register";
    }

    @PostMapping("/register")
    String register(@ModelAttribute RegistrationForm form, Model model, HttpServletRequest request,
                    HttpServletResponse response) {
        var errors = new FormErrors();
        errors.check("email", () -> Email.of(form.getEmail()));
        errors.check("fullName", () -> CustomerAccounts.validName(form.getFullName()));
        errors.check("password", () -> PasswordPolicy.check(form.getPassword(), form.getEmail()));
        if (!errors.any() && !throttles.trySignUp(form.getEmail(), request.getRemoteAddr())) {
            // Counted only for complete sign-ups (each sends an e-mail), so typing mistakes are not held against anyone.
            errors.reject("form", CustomerThrottles.TOO_MANY);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("page", new RegisterPage(false, form.getEmail(), form.getFullName(), errors));
            return "account/register";
        }
        if (!errors.any()) {
            try {
                accounts.register(form.toCommand());
            } catch (EmailAlreadyRegistered raced) {
                // Another sign-up for this address committed at the same moment: answer as for any sign-up.
            } catch (IllegalArgumentException invalid) {
                errors.reject("form", invalid.getMessage());
            }
        }
        if (errors.any()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("page", new RegisterPage(false, form.getEmail(), form.getFullName(), errors));
            return "account/register";
        }
        return "redirect:/register?sent";
    }
}
