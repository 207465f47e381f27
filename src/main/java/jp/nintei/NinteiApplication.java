package jp.nintei;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NinteiApplication {

    public static void main(String[] args) {
        SpringApplication.run(NinteiApplication.class, args);
    }
}
