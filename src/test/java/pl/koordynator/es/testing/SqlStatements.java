package pl.koordynator.es.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Records the SQL statements one thread sends to PostgreSQL while it is being watched, so that a
 * test can say how many queries a page takes. The application's data source is wrapped once for
 * the shared test context; a connection taken while nobody watches is handed out untouched, so
 * other tests do not notice. MockMvc runs a request on the test's thread, so a request is watched
 * as a whole.
 */
@Component
public class SqlStatements implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> WATCHED = new ThreadLocal<>();
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    /** Something to run while the statements are recorded. */
    public interface Work {
        void run() throws Exception;
    }

    /** The statements this thread sent while running the work, in order. */
    public static List<String> of(Work work) throws Exception {
        List<String> statements = new ArrayList<>();
        WATCHED.set(statements);
        try {
            work.run();
        } finally {
            WATCHED.remove();
        }
        return statements;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource)) {
            return bean;
        }
        ProxyFactory factory = new ProxyFactory(bean);
        // a subclass, so that whoever asks for the Hikari data source by its class still gets it
        factory.setProxyTargetClass(true);
        factory.addAdvice((MethodInterceptor) invocation -> {
            Object result = invocation.proceed();
            List<String> statements = WATCHED.get();
            if (statements != null && result instanceof Connection connection) {
                return watched(connection, Connection.class, statements, null);
            }
            return result;
        });
        return factory.getProxy();
    }

    private static Object watched(Object target, Class<?> type, List<String> statements, String sql) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getTargetException();
            }
            String name = method.getName();
            if (target instanceof Statement && EXECUTIONS.contains(name)) {
                statements.add(args != null && args.length > 0 && args[0] instanceof String text ? text : sql);
            } else if (result instanceof CallableStatement call) {
                return watched(call, CallableStatement.class, statements, firstText(args));
            } else if (result instanceof PreparedStatement prepared) {
                return watched(prepared, PreparedStatement.class, statements, firstText(args));
            } else if (result instanceof Statement statement) {
                return watched(statement, Statement.class, statements, null);
            }
            return result;
        };
        return Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static String firstText(Object[] args) {
        return args != null && args.length > 0 && args[0] instanceof String text ? text : null;
    }
}
