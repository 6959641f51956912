// RFC 5802 Hi(password, salt, 8192) with HMAC-SHA-512, base64: the salted password kafka-storage format takes.
// Run as a single-file program: java Salt.java PASSWORD_FILE SALT_BASE64 (the password never on a command line)
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

public class Salt {
    public static void main(String[] args) throws Exception {
        byte[] salt = Base64.getDecoder().decode(args[1]);
        String password = Files.readString(Path.of(args[0])).strip();
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, 8192, 512);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        System.out.println(Base64.getEncoder().encodeToString(key));
    }
}
