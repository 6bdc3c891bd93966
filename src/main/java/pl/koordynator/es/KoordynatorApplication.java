package pl.koordynator.es;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KoordynatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(KoordynatorApplication.class, args);
    }
}
