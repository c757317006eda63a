package tw.mainstream.shared.web;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import tw.mainstream.shared.i18n.MessageSourceConfig;
import tw.mainstream.shared.security.CurrentUserArgumentResolver;
import tw.mainstream.shared.time.RocDateFormatter;
import tw.mainstream.shared.time.RocTimeFormatter;

/** Language (zh-TW default, {@code ?lang=en} switch), ROC date binding, the CurrentUser parameter. */
@Configuration
public class WebConfig implements WebMvcConfigurer {

    @Bean
    public LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("mainstream-lang");
        resolver.setDefaultLocale(MessageSourceConfig.DEFAULT_LOCALE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * Boot's resource URL encoding filter would send every link of every page through the WebJars
     * resolver chain (a class-path lookup per link that is no static file: 100+ ms on a page of
     * 50 items). Version-less WebJar URLs are resolved when the file is requested, so the
     * filter is switched off.
     */
    @Bean
    public FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<PublicEtags> publicEtags() {
        FilterRegistrationBean<PublicEtags> registration = new FilterRegistrationBean<>(new PublicEtags());
        registration.addUrlPatterns(PublicEtags.PATTERNS);
        return registration;
    }

    /** Content-hashed links to static files in the templates (see {@link StaticLinks}). */
    @Bean
    static BeanPostProcessor staticLinks(ObjectProvider<ResourceUrlProvider> urls) {
        return StaticLinks.installer(urls);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatter(new RocDateFormatter());
        registry.addFormatter(new RocTimeFormatter());
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArgumentResolver());
    }
}
