package nl.nsp.planner;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The map server: REST API plus the Leaflet front end from the web module. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PlannerApplication {
}
