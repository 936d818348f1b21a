package dev.focal.storefront.shell;

import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page. */
@Controller
class HomeController {

    private final String baseUrl;

    HomeController(@org.springframework.beans.factory.annotation.Value("${focal.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/$", "");
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) String signedOut, Model model) {
        model.addAttribute("signedOut", signedOut != null);
        return "shell/home";
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain")
    ResponseEntity<String> robots() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS))
                .body("User-agent: *\nDisallow: /admin\nDisallow: /account\nDisallow: /cart\nDisallow: /api\n"
                        + "Sitemap: " + baseUrl + "/sitemap.xml\n");
    }
}
