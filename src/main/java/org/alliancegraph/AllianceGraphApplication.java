package org.alliancegraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AllianceGraphApplication {
    public static void main(String[] args) {
        SpringApplication.run(AllianceGraphApplication.class, args);
    }
}
