package dev.focal.storefront.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The customer sign-in page; Spring Security processes the POST. */
@Controller
class SignInController {

    @GetMapping("/login")
    String form(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled,
                @RequestParam(required = false) String reset, @RequestParam(required = false) String again,
                @RequestParam(required = false, defaultValue = "") String email, Model model) {
        model.addAttribute("page", new SignInPage(error != null, throttled != null, reset != null, email,
                again != null));
        return "account/login";
    }
}
