package dev.focal.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.IntegrationTest;
import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.RegisterCustomer;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Large uploads through the real Tomcat (MockMvc has no multipart limit): 11 MB reaches the service and its message,
 * more than the servlet's limit goes back to the form with the same advice, never to an error page.
 */
@IntegrationTest
class PrescriptionUploadLimitTest {

    @LocalServerPort
    int port;
    @Autowired
    CustomerAccounts accounts;

    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static String csrf(String html) {
        var matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void a_file_over_the_servlet_limit_goes_back_to_the_form_with_the_size_message() throws Exception {
        String email = "rx-limit-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String password = "bifocals and more";
        accounts.register(new RegisterCustomer(email, "Limit Tester", password));

        String loginPage = http.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf(loginPage);
        var login = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account"));

        String uploadPage = http.send(HttpRequest.newBuilder(URI.create(url("/account/prescriptions/upload"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = csrf(uploadPage);

        // 11 MB: within the servlet's limit, refused by the prescription service with its message at the field
        var eleven = upload(token, 11 * 1024 * 1024);
        assertThat(eleven.statusCode()).isEqualTo(422);
        assertThat(eleven.body()).contains("id=\"document-error\">The file is larger than 10 MB.");

        // 21 MB: over the servlet's limit, sent back to the form before the body is read
        var huge = upload(token, 21 * 1024 * 1024);
        assertThat(huge.statusCode()).isEqualTo(302);
        assertThat(huge.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/account/prescriptions/upload?tooLarge"));
        var back = http.send(HttpRequest.newBuilder(URI.create(url("/account/prescriptions/upload?tooLarge"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(back.statusCode()).isEqualTo(413);
        assertThat(back.body()).contains("id=\"document-error\">This file is larger than 10 MB.");
    }

    HttpResponse<String> upload(String token, int size) throws Exception {
        String boundary = "----focal" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nSPECTACLES\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"document\"; filename=\"big.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] png = new byte[size];
        System.arraycopy(PrescriptionPagesTest.PNG, 0, png, 0, PrescriptionPagesTest.PNG.length);
        body.write(png);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return http.send(HttpRequest.newBuilder(URI.create(url("/account/prescriptions/upload")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
