package tw.mainstream.shared.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class StartupReportTest {

    @AfterEach
    void clear() {
        System.clearProperty("mainstream.startup-report");
    }

    @Test
    void logsTheSlowestStepsAndTheTimePerKindWhenAsked(CapturedOutput output) {
        System.setProperty("mainstream.startup-report", "true");
        try (ConfigurableApplicationContext context = start()) {
            assertThat(output).contains("Start-up report (own time, slowest first):")
                    .contains("spring.beans.instantiate beanName=greeting")
                    .contains("Own time per kind of step")
                    .contains("spring.context.refresh");
        }
    }

    @Test
    void recordsNothingUnlessAsked(CapturedOutput output) {
        try (ConfigurableApplicationContext context = start()) {
            assertThat(output).doesNotContain("Start-up report");
        }
    }

    private static ConfigurableApplicationContext start() {
        SpringApplication application = new SpringApplication(Tiny.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        StartupReport.attachIfAsked(application);
        return application.run("--spring.main.banner-mode=off");
    }

    @Configuration(proxyBeanMethods = false)
    static class Tiny {
        @Bean
        String greeting() {
            return "hello";
        }
    }
}
