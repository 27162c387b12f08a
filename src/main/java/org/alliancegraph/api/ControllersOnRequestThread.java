package org.alliancegraph.api;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;

/**
 * GraphQL controller methods run on the request's own thread. With virtual threads on, Boot hands
 * Spring for GraphQL its task executor, which then starts a new virtual thread for every blocking
 * controller method: the answer is no longer ready when the handler returns, so Spring MVC takes
 * the asynchronous path (a second dispatch through the filters) for every request. The request
 * thread is already a virtual thread, so blocking on it costs no platform thread; the database's
 * own time limits (25 s per statement or transaction) bound a request instead of the servlet's
 * asynchronous timeout.
 */
@Configuration(proxyBeanMethods = false)
class ControllersOnRequestThread {

    @Bean
    static BeanPostProcessor blockingControllersInline() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AnnotatedControllerConfigurer configurer) {
                    configurer.setBlockingMethodPredicate(method -> false);
                }
                return bean;
            }
        };
    }
}
