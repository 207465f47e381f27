package jp.nintei.security.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** The enrolment QR code reads back as the otpauth:// URI an authenticator app expects. */
class QrCodeTest {

    @Test
    void theQrCodeReadsBackAsTheOtpauthUri() throws Exception {
        String uri = TotpService.otpauthUri("Nintei 審査会委員", "k.tanaka", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        assertThat(uri).isEqualTo("otpauth://totp/Nintei%20%E5%AF%A9%E6%9F%BB%E4%BC%9A%E5%A7%94%E5%93%A1:k.tanaka"
                + "?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Nintei%20%E5%AF%A9%E6%9F%BB%E4%BC%9A%E5%A7%94%E5%93%A1"
                + "&algorithm=SHA1&digits=6&period=30");
        String dataUri = QrCode.pngDataUri(uri);
        assertThat(dataUri).startsWith("data:image/png;base64,");
        assertThat(decode(Base64.getDecoder().decode(dataUri.substring("data:image/png;base64,".length()))))
                .isEqualTo(uri);
    }

    /** Reads a QR code from PNG bytes, as a phone camera would from the screen. */
    static String decode(byte[] png) throws IOException, com.google.zxing.ReaderException {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
