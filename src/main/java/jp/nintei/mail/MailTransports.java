package jp.nintei.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * SMTP when {@code spring.mail.host} is set (Spring Boot then provides a JavaMailSender);
 * otherwise mails are written to the log, which is what the embedded demo does.
 */
@Configuration
class MailTransports {

    private static final Logger log = LoggerFactory.getLogger(MailTransports.class);

    @Bean
    @ConditionalOnMissingBean(MailTransport.class)
    MailTransport mailTransport(ObjectProvider<JavaMailSender> smtp,
            @Value("${nintei.mail.from:nintei@localhost}") String from) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            log.info("No SMTP server configured (spring.mail.host): mails are written to the log");
            return (message, key) -> log.info("MAIL {} to {}: {}\n{}", key, message.to(), message.subject(), message.text());
        }
        return (message, key) -> {
            var mime = sender.createMimeMessage();
            var helper = new MimeMessageHelper(mime, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.to());
            helper.setSubject(message.subject());
            helper.setText(message.text());
            // Lets a receiving system drop a repeat after an at-least-once redelivery.
            mime.setHeader("X-Nintei-Message-Key", key);
            sender.send(mime);
        };
    }
}
