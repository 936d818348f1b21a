package dev.focal.storefront.account;

import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.CustomerAuthentication;
import dev.focal.customers.CustomerExceptions.EmailAlreadyRegistered;
import dev.focal.shared.Email;
import dev.focal.shared.PasswordPolicy;
import dev.focal.storefront.shell.Chrome;
import dev.focal.storefront.shell.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Customer sign-up. A valid sign-up signs the customer in and lands on the account page. */
@Controller
class RegistrationController {

    private final CustomerAccounts accounts;
    private final CustomerAuthentication customers;
    private final SecurityContextRepository contexts;

    RegistrationController(CustomerAccounts accounts, CustomerAuthentication customers,
                           SecurityContextRepository customerSecurityContextRepository) {
        this.accounts = accounts;
        this.customers = customers;
        this.contexts = customerSecurityContextRepository;
    }

    @GetMapping("/register")
    String form(Model model) {
        model.addAttribute("page", new RegisterPage("", "", new FormErrors()));
        return "account/register";
    }

    @PostMapping("/register")
    String register(@ModelAttribute RegistrationForm form, Model model, HttpServletRequest request,
                    HttpServletResponse response, RedirectAttributes redirect) {
        var errors = new FormErrors();
        errors.check("email", () -> Email.of(form.getEmail()));
        errors.check("fullName", () -> CustomerAccounts.validName(form.getFullName()));
        errors.check("password", () -> PasswordPolicy.check(form.getPassword(), form.getEmail()));
        if (!errors.any()) {
            try {
                accounts.register(form.toCommand());
            } catch (EmailAlreadyRegistered taken) {
                errors.reject(taken);
            } catch (IllegalArgumentException invalid) {
                errors.reject("form", invalid.getMessage());
            }
        }
        if (errors.any()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("page", new RegisterPage(form.getEmail(), form.getFullName(), errors));
            return "account/register";
        }
        signIn(form.getEmail(), request, response);
        redirect.addFlashAttribute(Chrome.NOTICE, "Welcome! Your account is ready.");
        return "redirect:/account";
    }

    /** Signs the new customer in on a fresh session ID (no session fixation). */
    private void signIn(String email, HttpServletRequest request, HttpServletResponse response) {
        var user = customers.loadUserByUsername(email);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        request.getSession(true);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }
}
