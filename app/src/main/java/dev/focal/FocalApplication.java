package dev.focal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Focal: optical storefront and ERP in one process. Lives in the root package so entity, repository and
 * component scanning covers every context (see docs/architecture.md).
 */
@SpringBootApplication
public class FocalApplication {

    public static void main(String[] args) {
        SpringApplication.run(FocalApplication.class, args);
    }
}
