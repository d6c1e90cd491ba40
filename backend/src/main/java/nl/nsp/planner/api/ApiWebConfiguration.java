package nl.nsp.planner.api;

import nl.nsp.planner.NspProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/** Servlet filters of the API that are not part of the security chain. */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

    /** The body size limit, ahead of everything else (also of the security filters: no login needed to be refused). */
    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(NspProperties properties, JsonMapper json) {
        FilterRegistrationBean<RequestSizeLimitFilter> bean = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(properties.maxRequestBody().toBytes(), json));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return bean;
    }
}
