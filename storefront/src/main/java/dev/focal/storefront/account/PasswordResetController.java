package dev.focal.storefront.account;

import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.CustomerExceptions.InvalidResetToken;
import dev.focal.storefront.shell.Chrome;
import dev.focal.storefront.shell.CustomerThrottles;
import dev.focal.storefront.shell.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Forgotten password: ask for a link by e-mail, then choose a new password with it. The request page answers
 * the same whether or not the address has an account.
 */
@Controller
class PasswordResetController {

    private final CustomerAccounts accounts;
    private final CustomerThrottles throttles;

    PasswordResetController(CustomerAccounts accounts, CustomerThrottles throttles) {
        this.accounts = accounts;
        this.throttles = throttles;
    }

    @GetMapping("/forgot-password")
    String forgot(@RequestParam(required = false) String sent, Model model) {
        model.addAttribute("page", new ForgotPage(sent != null, false, ""));
        return "account/forgot-password";
    }

    @PostMapping("/forgot-password")
    String requestLink(@RequestParam(defaultValue = "") String email, HttpServletRequest request,
                       HttpServletResponse response, Model model) {
        if (!throttles.tryPasswordReset(email, request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("page", new ForgotPage(false, true, email));
            return "account/forgot-password";
        }
        accounts.requestPasswordReset(email);
        return "redirect:/forgot-password?sent";
    }

    @GetMapping("/reset-password")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("page", new ResetPage(token, !token.isBlank() && accounts.isResetTokenUsable(token),
                new FormErrors()));
        return "account/reset-password";
    }

    @PostMapping("/reset-password")
    String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
                 @RequestParam(defaultValue = "") String passwordRepeat, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        var errors = new FormErrors();
        if (!password.equals(passwordRepeat)) {
            errors.reject("passwordRepeat", "The two passwords differ.");
        } else {
            try {
                accounts.resetPassword(token, password);
                redirect.addFlashAttribute(Chrome.NOTICE, "Your password was changed. Sign in with the new one.");
                return "redirect:/login?reset";
            } catch (InvalidResetToken invalid) {
                errors.reject("form", invalid.getMessage());
            } catch (IllegalArgumentException weak) {
                errors.reject("password", weak.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("page", new ResetPage(token, !errors.has("form"), errors));
        return "account/reset-password";
    }
}
