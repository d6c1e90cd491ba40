package nl.nsp.planner.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import nl.nsp.planner.account.Caller;
import org.springframework.core.MethodParameter;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives controller methods their {@link Caller}: in the server mode the account {@link AccountRefreshFilter} loaded
 * for this request (no account: 401, never a default); in the local mode {@link Caller#local()}. The mode comes from
 * the environment itself, so no configuration can leave a server-mode request without its account check.
 */
@Component
class CallerResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {
    private final SecurityMode mode;

    CallerResolver(Environment env) {
        this.mode = SecurityMode.of(env);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        if (!mode.enabled()) {
            return Caller.local();
        }
        return current(request.getNativeRequest(HttpServletRequest.class))
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not logged in"));
    }

    /** The caller {@link AccountRefreshFilter} attached to {@code request}, if any. */
    static Optional<Caller> current(HttpServletRequest request) {
        return request == null ? Optional.empty()
                : Optional.ofNullable((Caller) request.getAttribute(AccountRefreshFilter.CALLER_ATTRIBUTE));
    }
}
