import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.lang.reflect.Field;
import java.util.Arrays;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Starts DynamoDB Local bound to one interface. The jar (1.25.1) has no host option:
 * its Jetty server listens on every interface. This sets the host of its connector before start.
 * It exits when its stdin ends: the parent node process is gone.
 * java -cp DynamoDBLocal.jar:DynamoDBLocal_lib/*:. BindToHost HOST [DynamoDBLocal options]
 * The compiled class is committed (a JRE has no javac). After a change, recompile with
 * javac --release 17 -d infra/local/dynamodb-local -cp "$EMULATOR/DynamoDBLocal.jar:$EMULATOR/DynamoDBLocal_lib/*" infra/local/dynamodb-local/BindToHost.java
 * where EMULATOR=node_modules/amplify-dynamodb-simulator/emulator.
 */
public class BindToHost {
  public static void main(String[] args) throws Exception {
    String host = args[0];
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(Arrays.copyOfRange(args, 1, args.length));
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server server = (Server) field.get(proxy);
    for (Connector connector : server.getConnectors()) ((ServerConnector) connector).setHost(host);
    proxy.start();
    System.out.println("DynamoDB Local listening on " + host);
    exitWhenStdinCloses();
  }

  /**
   * The node process that started us holds our stdin open: when it is gone, even killed
   * with SIGKILL (a test worker stopped by its runner), stdin ends and so do we, instead of
   * staying behind as an orphan listening on its port.
   */
  private static void exitWhenStdinCloses() {
    Thread watcher = new Thread(() -> {
      try {
        byte[] buffer = new byte[64];
        while (System.in.read(buffer) != -1) {
          // nothing is ever written; reading only waits for the end
        }
      } catch (java.io.IOException ignored) {
        // a broken pipe is an end too
      }
      System.exit(0);
    }, "exit-with-parent");
    watcher.setDaemon(true);
    watcher.start();
  }
}
