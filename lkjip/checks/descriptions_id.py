"""Each rule's description in Bahasa Indonesia, for auditors: what is compared, what to look
at on the page, and the usual causes. The English description is the rule's docstring;
`Rule.description("id")` reads this table, and tests/report/test_report_languages.py fails
when a registered rule has no Indonesian description.
"""

from __future__ import annotations

DESCRIPTIONS_ID: dict[str, str] = {
    "LKJ-B001": """Rincian vs jumlah: kegiatan → program → total (dan sub kegiatan → kegiatan).

Menandai baris tabel anggaran (Realisasi Anggaran atau daftar program Perjanjian Kinerja)
yang anggaran, realisasi atau sisanya berbeda dengan jumlah baris di bawahnya. Total yang
tidak sama dengan rinciannya berarti ada baris yang terlewat, terhitung dua kali, atau salah
ketik, sehingga setiap angka yang dikutip dari tabel itu diragukan.

Yang diperiksa di halaman: baris total dan setiap rinciannya (kolom yang sama), juga kolom
yang memecah satu kolom (triwulan lain pada formulir evaluasi, sumber dana selain APBD pada
Renja), dan realisasi tahun sebelumnya pada laporan keuangan yang membandingkan dua tahun.
Jumlah di bawah baris-baris yang semuanya tertulis nol tetapi mencetak angka lain dilaporkan
apa pun susunan barisnya. Tanda "-" dihitung nol; sel kosong di kolom yang memakai "-" untuk
nihil juga dihitung nol, sebagai peringatan. Toleransi: tidak ada (rupiah utuh); pengaturan
`rupiah-tolerance` di lkjip.toml memberi kelonggaran.

Juga total yang disebut narasi beserta daftar rinciannya ("… realisasinya sebesar Rp. X,
terdiri dari : 1. Kegiatan …"): bila anggaran rinciannya berjumlah tepat sama dengan anggaran
yang disebut, realisasinya pun harus berjumlah sama; rincian yang hanya menyebut persentase
menyiratkan nilainya (total dikurangi rincian lain), yang harus sesuai dengan persentase itu.
Peringatan: daftarnya dibaca dari narasi.

Juga baris subtotal yang menyebut rentang kelompok yang dijumlahkannya ("Program Strategis A
s/d G", "Jumlah Program I s.d. III") tanpa susunan tabel yang mengaitkannya: kelompok yang
kodenya berada dalam rentang itu (setiap kode tercetak tepat sekali di tabel) harus berjumlah
sama. Kelompok yang tidak mencantumkan angka sendiri dihitung dari jumlah baris di bawahnya,
sehingga temuannya peringatan. Contoh: LKIP BP3AKB 2016, Tabel 2.3c mencetak "Program
Strategis A s/d G" 21,013,257,500, padahal program A–G berjumlah 33.928.986.800.""",
    "LKJ-B002": """Total anggaran di narasi berbeda dengan total tabel anggaran.

Menandai angka rupiah di narasi yang menyebut total anggaran atau realisasi tahun itu
("Total Anggaran", "pagu", "realisasi" …) dan tampak sebagai salinan yang salah ketik dari
total tabel Realisasi Anggaran: jumlah digit sama, paling banyak dua digit berubah atau
tertukar. Pembaca mengutip narasi, sehingga total yang salah menyebar ke dokumen lain.

Contoh (sampel, hlm. 16): narasi menyebut Rp. 19.253.454.000,- padahal tabel berjumlah
19.253.545.000. Periksa kalimat di narasi dan baris "Jumlah" pada tabel.

Juga anggaran program di tabel yang kegiatannya hanya dicantumkan namanya, bila narasi
menyebut angka setiap kegiatan itu dan jumlahnya berbeda dengan angka program (contoh:
program 503.000.000,00, lima kegiatannya di narasi berjumlah 522.000.000). Peringatan:
kegiatan dikaitkan dengan narasi menurut namanya.

Juga persentase realisasi suatu baris di tabel yang hanya memuat anggaran dan persen,
bila narasi menceritakan baris itu dengan anggaran yang sama (namanya berbagi tiga kata
berurutan) dan persentase lain yang sesuai dengan realisasi / anggaran-nya sendiri
(contoh: tabel 88.81, narasi Rp. 883,082,282.00 dari Rp. 1,000,000,000.00 atau 88.31%).
Peringatan.""",
    "LKJ-B003": """Persentase tertulis berbeda dengan realisasi / anggaran × 100.

Menandai kolom persen (% keuangan) tabel anggaran, dan persentase di narasi yang mengikuti
dua angkanya, yang berdiri di antara keduanya ("Rp R atau mencapai P% dari anggaran … Rp A"),
atau menyebut kegiatan/program, bila bukan hasil bagi keduanya. Baris yang mencetak anggaran
dan % realisasi tanpa realisasinya sendiri dibandingkan dengan jumlah realisasi baris-baris di
bawahnya (contoh: 233.678.279 / 529.533.550 = 44,13 %, tabel tertulis 57,47); bila anggaran
baris-baris itu tidak berjumlah sama dengan anggaran barisnya, hanya peringatan. Kolom % fisik
dan persentase kinerja tidak diperiksa. Toleransi: setengah satuan desimal terakhir yang
tercetak (juga pemotongan oleh spreadsheet); `percent-extra-tolerance` menambah kelonggaran.""",
    "LKJ-B004": """Realisasi melebihi anggaran.

Menandai baris anggaran yang realisasinya lebih besar dari anggarannya. Belanja daerah tidak
boleh melampaui pagu (PP 12/2019): barisnya melebihi anggaran atau salah satu angka salah
ketik. Peringatan, karena pergeseran dana di akhir tahun kadang sah. Toleransi: tidak ada.""",
    "LKJ-B005": """Anggaran program di Perjanjian Kinerja berbeda dengan tabel Realisasi Anggaran.

Program dicocokkan menurut nama (huruf besar/kecil, tanda baca, kata "Program" dan kata yang
terketik dua kali diabaikan). Peringatan: PK ditandatangani di awal tahun dengan anggaran
murni, sedangkan tabel realisasi biasanya memuat anggaran perubahan; periksa apakah
perbedaannya dijelaskan sebagai perubahan anggaran. Program yang dicetak pada beberapa baris
tabel (satu baris per indikator, masing-masing dengan bagiannya) dibandingkan dengan jumlah
pagu baris-barisnya, dan hanya bila jumlah itu melebihi anggaran di PK.""",
    "LKJ-B006": """Sisa anggaran tidak sama dengan anggaran dikurangi realisasi.

Menandai baris yang kolom "Sisa"/"SILPA"-nya berbeda dengan anggaran − realisasi. Sisa adalah
yang kembali ke kas daerah; sisa yang salah biasanya berarti salah satu dari tiga angka salah
ketik. Hanya baris yang mencetak ketiga angka yang diperiksa. Toleransi: tidak ada.""",
    "LKJ-B012": """Nilai kontrak melebihi anggaran (pagu) paket yang sama.

Menandai baris daftar paket (RFK, daftar paket pekerjaan) yang NILAI KONTRAK-nya lebih besar
dari ANGGARAN-nya. Kontrak tidak boleh melampaui pagu (Perpres 16/2018: HPS dalam batas pagu,
kontrak dalam batas HPS): paketnya dikontrak di atas anggaran atau salah satu angka salah
ketik. Contoh: anggaran 46,470,000 dan nilai kontrak 57,804,000. Setiap angka dibaca menurut
pemisahnya sendiri (satu tabel bisa memuat 143.633.000,00 di samping 1,500,000); angka yang
dapat dibaca dua cara tidak dipakai untuk galat. Peringatan, karena satu kontrak bisa
mencakup beberapa paket. Toleransi: tidak ada (rupiah utuh).""",
    "LKJ-B018": """Narasi tepat di bawah tabel anggaran satu baris menyebut angka yang berbeda.

Laporan menutup tiap sasaran dengan tabel satu baris tentang belanjanya ("Tingkat Efisiensi
Anggaran Terhadap Capaian Sasaran": Tahun | Target Belanja Sasaran (Rp) | Realisasi Belanja
Sasaran (Rp) | Persentase (%) | Efisiensi (%)) dan kalimat di bawahnya yang menyatakan
menceritakan ulang tabel itu ("Berdasarkan tabel diatas, diketahui bahwa target belanja …
sebesar Rp …, dengan realisasi belanja mencapai Rp … atau sebesar … persen"). Bila target
belanja (anggaran) atau realisasi pada kalimat berbeda dari tabel, salah satunya tersalin dari
tahun atau sasaran lain. Contoh (LAKIN BKPSDMD Kab. Bangka 2022, hlm. 32): tabel mencantumkan
2.397.613.150,00 | 1.373.942.019,00 | 57,30, kalimat di bawahnya "target belanja … sebesar
Rp.2.462.581.150,00 dengan realisasi belanja mencapai Rp.1.438.079.933,00 atau sebesar 57,30
persen". Hanya bila tabelnya satu baris, kalimatnya menyebut "tabel di atas" (atau "tabel
tersebut") dan mulai di halaman yang sama tepat di bawah tabel. Tidak ditandai: angka tabel
yang dibulatkan ke ribuan atau jutaan; angka yang disebut untuk tahap atau tahun lain ("APBD
murni", "tahun lalu"). Peringatan, karena kalimat bisa menceritakan cakupan yang lebih luas
tanpa menyebutnya. Toleransi: tidak ada (rupiah utuh).""",
    "LKJ-B017": """Satu baris menyalahi kolom selisih yang diikuti baris-baris lain tabelnya.

Tabel yang membandingkan dua versi anggaran ("PERGUBSU 47/2019 | PERGUBSU 16/2020 |
BERTAMBAH/BERKURANG (4-2)") atau dua tahun mencetak selisihnya di setiap baris; baris yang
selisihnya meleset berarti salah satu dari tiga angkanya salah ketik. Contoh (LAKIP Provinsi
Sumatera Utara 2020, Tabel 3.23, gambar tangkapan layar): pada baris BELANJA
13.158.927.472.650,30 − 14.080.970.638.142,00 = −922.043.165.491,70, tetapi BERTAMBAH/BERKURANG
tertulis (922.043.165.491,75). Kolom mana yang dikurangkan dipelajari dari baris-baris tabel
itu (sedikitnya tiga baris, dan tiga dari empat, sesuai), hanya untuk tabel yang tidak terbaca
sebagai tabel anggaran atau indikator; tanda mengikuti konvensi judul, jadi hanya besarnya
yang dibandingkan. Peringatan, karena aturannya disimpulkan. Toleransi: setengah satuan
desimal terakhir yang tercetak, ditambah `rupiah-tolerance`.""",
    "LKJ-B013": """Selisih naik/(turun) tidak sama dengan tahun berjalan dikurangi tahun sebelumnya.

Menandai baris perbandingan dua tahun ("Realisasi 2021 | Realisasi 2020 | Naik/(Turun)",
LRA atau ringkasannya) yang selisih tercetaknya bukan angka tahun berjalan dikurangi angka
tahun sebelumnya. Penurunan dicetak dalam kurung; selisih yang besarnya benar tetapi
tandanya terbalik tidak dilaporkan. Contoh: PEMBIAYAAN NETTO 165.995.334.920,13 −
104.320.373.864,86 = 61.674.961.055,27, tetapi tertulis 14.216.142.245,00. Hanya baris yang
mencetak ketiga angka yang diperiksa; tanda "-" tidak dihitung. Galat hanya bila ketiga
angka terbaca pasti. Toleransi: tidak ada (rupiah utuh).""",
    "LKJ-B014": """Narasi menyebut anggaran satu pos dua kali dengan angka berbeda.

Laporan menceritakan anggaran dua kali: Bab II merincinya ("A. Belanja Langsung (APBD)
sebesar Rp. 203.092.251.125,-") dan Bab III melaporkannya ("1. Belanja Langsung (APBD)
sebesar Rp. 234.092.251.125,- , dengan realisasi …"). Bila kata-kata yang menamai pos itu
(sejak angka sebelumnya, tanpa tanda daftar dan "sebesar Rp.") sama dan kedua angka tampak
sebagai salinan salah ketik satu dari yang lain (jumlah digit sama, paling banyak dua digit
berubah atau tertukar), keduanya tidak mungkin benar.

Peringatan saja: narasi mungkin memaksudkan dua tahap anggaran (sebelum dan sesudah
perubahan) tanpa menyebutnya; periksa angka mana yang didukung tabel dan rinciannya. Tidak
ditandai: nama satu kata ("Program"), pengantar yang menyebut kolom alih-alih pos ("dengan
realisasi", "Jumlah anggaran yang dialokasikan untuk kegiatan ini"), angka yang berbeda lebih
dari salah ketik, dan angka yang dibaca sebagai baris tabel anggaran.

Pos yang disebut beserta daftar rinciannya dibandingkan berapa pun selisihnya: "C. Bantuan
Keuangan … kepada Kabupaten/Kota (APBD) (BTL Khusus) sebesar Rp. 90.936.238.984,- … dengan
rincian kegiatan : a. … Rp. 89.962.118.984,- b. … Rp. 974.120.000,-" terhadap "3. Bantuan
Keuangan … (APBD) sebesar Rp. 100.350.627.500,- … a) … Rp. 99.376.227.500,- b) … Rp.
974.400.000,-": tiap daftar berjumlah tepat sama dengan totalnya sendiri, nama total dan
sebagian besar rinciannya sama, jadi narasi memberi satu pos dua anggaran.""",
    "LKJ-B015": """Indikator sama, persentase penyerapan anggaran berbeda untuk tahun yang sama di dua tabel.

Analisis efisiensi penggunaan sumber daya ("Penyerapan Anggaran %" di samping capaian) dan
analisis program yang menunjang tiap indikator ("Keuangan: Pagu | Realisasi | Capaian %", atau
"Capaian (%)" di atas "Fisik | Keuangan") menyebut ulang berapa persen anggaran di balik satu
indikator yang terserap; dua angka berbeda berarti salah satu tabel tersalin dari draf lain
atau dihitung dari angka lain. Contoh: LKIP Bappeda Provinsi Jawa Barat 2016, "Tingkat
Kesesuaian Target Kegiatan Renja OPD Terhadap Target Prioritas Pembangunan RKPD": 94,46 % di
Tabel 3.6 (Penyerapan Anggaran) tetapi 89,76 % di Tabel 3.7 (Keuangan, Capaian %).

Yang dibandingkan: kolom penyerapan (dibaca dari judul kolomnya; kolom "Fisik" di sampingnya
tidak pernah), nama indikator yang sama, tahun yang sama, di tabel berbeda; hanya bila kolom
itu mencetak satu angka per indikator, dan tabel yang mencetak nama itu dua kali dengan angka
berbeda tidak diikutkan. Toleransi: satu satuan presisi cetak yang lebih kasar. Selalu
peringatan: satu tabel bisa memuat penyerapan seluruh program di balik indikator dan tabel lain
penyerapan satu program saja. Bila barisnya juga mencetak pagu dan realisasi, LKJ-B003
menghitung ulang persentasenya.""",
    "LKJ-B011": """Pagu program/kegiatan di daftar anggaran Bab II berbeda dengan tabel Realisasi Anggaran.

Membandingkan daftar pagu di bab perencanaan ("Tabel 2.5 Pagu Program/Kegiatan APBD", atau
kegiatan yang dianggarkan dalam Perjanjian Kinerja) dengan baris yang sama di tabel realisasi,
program dengan program dan kegiatan dengan kegiatan, menurut nama lengkapnya (huruf
besar/kecil, tanda baca, kata "Program"/"Kegiatan" diabaikan). Nama yang mirip dengan dua
baris, atau baris tabel yang diklaim dua baris rencana, tidak dibandingkan. Kegiatan yang
dinamai berbeda ("… Kantor BP2MB" vs "… Kantor Balai Sertifikasi … (BSPMB)") dipasangkan
menurut urutannya di bawah program yang anggarannya sama di kedua tabel, bila jumlah
kegiatannya sama, namanya mirip, dan semua kecuali satu sama nilainya. Program dalam
PK diperiksa LKJ-B005. Peringatan: daftar rencana memuat anggaran murni, tabel realisasi bisa
memuat anggaran perubahan; periksa apakah perbedaannya dijelaskan. Toleransi: tidak ada.""",
    "LKJ-B016": """Satu akun beranggaran berbeda di dua tabel ikhtisar dengan versi anggaran yang sama.

CaLK mengulang anggaran akun yang sama di beberapa ringkasan: tabel perubahan anggaran
("Uraian | Anggaran Penetapan | Anggaran Perubahan | Naik/(Turun)"), "Ikhtisar Anggaran dan
Realisasi" ("Anggaran Setelah Perubahan | Realisasi | Lebih/(Kurang)"), dan LRA. Bila dua di
antaranya memuat anggaran versi yang sama, setiap akun harus bernilai sama. Contoh (CaLK 2017,
satu halaman): tabel perubahan mencetak Belanja Operasi "-" dan Jumlah Belanja 906,001,415.00
di kolom "Anggaran Perubahan", Ikhtisar di bawahnya Belanja 5,623,321,866.00 di kolom
"Anggaran Setelah Perubahan"; keduanya sama pada Pendapatan 22,000,000.00 — tabel perubahan
melewatkan Belanja Operasi.

Yang dibandingkan: akun menurut Standar Akuntansi Pemerintahan (Pendapatan, PAD, Belanja,
Belanja Operasi/Pegawai/Barang dan Jasa/Modal/Tak Terduga, Surplus/Defisit, Pembiayaan Netto,
SILPA; "Jumlah Belanja" = Belanja), di tabel yang meringkas seluruh anggaran (ada baris
Surplus/Defisit, atau Pendapatan dan Belanja). Hanya tabel yang judul kolom anggarannya
menyebut versi yang sama: "Anggaran Perubahan", "Setelah Perubahan", "P-APBD", "DPPA"
(perubahan) atau "Murni", "Penetapan", "Induk", "Sebelum Perubahan" (murni). "Anggaran" saja
tidak menyebut versi, dan "Perubahan" saja bisa berarti selisihnya: tabel seperti itu tidak
dibandingkan, begitu pula anggaran murni dengan anggaran perubahan, atau tabel tahun yang
berbeda. Kedua tabel harus sama pada sedikitnya satu akun (bukan nol); bila tidak, mungkin
keduanya anggaran unit yang berbeda. Tanda "-" tidak dihitung. Toleransi: tidak ada.

Peringatan: setiap angka terbaca apa adanya, tetapi bahwa dua baris menamai satu akun dari satu
anggaran dibaca dari nama dan judul kolomnya; periksa tabel mana yang salah cetak atau
melewatkan akun.""",
    "LKJ-K001": """Indikator yang sama memiliki target berbeda untuk satu tahun di dua tabel.

Perjanjian Kinerja menetapkan target; Pengukuran Kinerja, perbandingan antar tahun,
perbandingan Renstra dan Lampiran mengulangnya. Bila berbeda, paling sedikit satu capaian
dihitung terhadap target yang salah. Periksa baris indikator yang sama di setiap tabel yang
disebut (kolom target). Angka pembanding (angka nasional
dibaca sebagai target) pada tabel tanpa target tidak dibandingkan. Target berupa rentang
("75,70 – 76,20") dibandingkan menurut kedua batasnya, dan target berupa predikat saja ("BB")
dengan predikat lain, sebagai peringatan.""",
    "LKJ-K002": """Indikator yang sama memiliki realisasi berbeda untuk satu tahun di dua tabel.

Setiap bagian nilai majemuk (misalnya jumlah like dan komentar media sosial) dibandingkan
sendiri-sendiri. Angka yang berbeda di salah satu tabel berarti salah salin atau salah ketik,
dan capaian yang dihitung darinya salah. Realisasi yang kelompok digitnya salah format
("464.71,75") disandingkan, sebagai peringatan, dengan angka berformat benar di tabel lain
yang digitnya hanya berbeda satu atau dua ("464.971,75").""",
    "LKJ-K003": """Satuan satu indikator tidak sama: target terhadap realisasi, atau antar tabel.

Target dalam eksemplar dan realisasi dalam lembar tidak dapat dibandingkan, sehingga
capaiannya tidak bermakna; satuan yang salah eja menandakan sel itu diketik ulang. Variasi
ejaan (lbr, lb, lembar) dianggap satuan yang sama. Persentase dari dasar yang disebut selnya
("1 % dari jumlah penduduk") mewakili jumlah dari dasar itu dan tidak dibandingkan.""",
    "LKJ-K004": """Capaian tidak sesuai dengan target dan realisasi di sampingnya.

Rumus: semakin besar semakin baik, realisasi / target × 100; semakin kecil semakin baik,
(2 × target − realisasi) / target × 100. Arah indikator diambil dari rumus atau catatan di
laporan, atau dari kata-katanya ("penurunan", "angka kematian" …); bila tidak jelas, setiap
konvensi yang lazim diterima dan hanya yang tidak dapat dijelaskan konvensi mana pun ditandai.
Baris dengan satuan berbeda, atau persentase dari dasar yang disebut ("1 % dari jumlah
penduduk") di samping angka biasa, tidak diperiksa.
Target berupa rentang ("68,75 – 69,25"): capaian diterima bila sesuai salah satu batasnya,
titik tengahnya, atau 100 untuk realisasi di dalam rentang; selain itu peringatan.
Indikator yang menghitung ketiadaan hal buruk ("Persentase wilayah bebas banjir") semakin
besar semakin baik; capaian yang hanya sesuai rumus semakin kecil semakin baik diberi peringatan.
Perbandingan realisasi dua tahun tanpa target ("Tahun 2015 Realisasi | Tahun 2016 Realisasi |
Capaian"): bila sebagian besar baris tabel mencetak realisasi tahun akhir / tahun awal × 100,
baris yang capaiannya tidak sesuai konvensi mana pun diberi peringatan ("0,79 | 2.75 | 248.1":
2.75 / 0,79 × 100 = 348,1).""",
    "LKJ-K005": """Indikator Perjanjian Kinerja yang tidak diukur (atau diukur tanpa ada di PK).

LKjIP wajib mempertanggungjawabkan setiap indikator PK tahun itu (PermenPANRB 53/2014);
indikator yang hilang dari pengukuran menyembunyikan hasil. Indikator yang diukur tetapi
tidak ada di PK hanya catatan: bab pengukuran sering juga memuat indikator Renstra atau IKU.
Nama yang berbeda hanya karena salah ketik pada satu kata ("masyakarakat" untuk
"masyarakat") dianggap satu indikator; catatan menunjukkan kedua ejaannya.""",
    "LKJ-K006": """Target tidak tercapai tanpa penjelasan di narasi.

PermenPANRB 53/2014 meminta analisis setiap target yang tidak tercapai, beserta penyebab
dan upaya perbaikannya. Dianggap dijelaskan bila di narasi, dekat kata seperti "belum
tercapai", "kendala", "hambatan", "disebabkan", muncul kata-kata khas indikator itu.""",
    "LKJ-K007": """Rincian pegawai tidak berjumlah sama dengan jumlah yang disebut kalimat pengantarnya.

Profil pegawai di Bab I disalin dari tahun ke tahun dan diubah dengan tangan; rincian yang
tidak lagi sama dengan totalnya berarti salah satunya usang. Daftar harus langsung mengikuti
kalimatnya. Toleransi: tidak ada.""",
    "LKJ-K008": """Bab wajib LKjIP tidak ada: Ikhtisar Eksekutif, Pendahuluan, Perencanaan Kinerja,
Akuntabilitas Kinerja, Penutup (PermenPANRB 53/2014).

Hanya untuk dokumen LKjIP lengkap (sampulnya menyebut Laporan Kinerja/LKjIP/LAKIP dan ada
paling sedikit dua bab bernomor); PK, Renstra atau laporan anggaran dilewati. Judul
dicocokkan dengan longgar ("Ringkasan Eksekutif" dihitung sebagai Ikhtisar).""",
    "LKJ-K012": """Kolom selisih ("Percepatan (Perlambatan) %", "Selisih", "Kenaikan/(Penurunan)") tidak
sesuai dengan dua kolom tahun di sampingnya.

Kolom itu dihitung dengan tangan dari kedua tahun (nilai tahun akhir dikurangi tahun awal,
dalam poin, atau sebagai persen dari tahun awal); angka yang menyimpang adalah salah hitung
atau baris yang tersalin dari baris lain. Contoh: LKIP Bappeda Jawa Barat 2016, Tabel 3.4:
"Tingkat keselarasan rencana tata ruang | 87 | 100 | 23,00", padahal 100 − 87 = 13,00.
Konvensinya diambil dari baris-baris tabel itu sendiri (paling sedikit tiga baris dan dua
pertiganya); tanda hubung, kata-kata, atau angka yang terpotong ke baris berikutnya tidak
dibaca. Toleransi: satu satuan desimal terakhir selisih ditambah setengah satuan desimal tiap
tahun; perlambatan yang dicetak tanpa tanda minus dianggap sama. Selalu peringatan.""",
    "LKJ-K013": """Rata-rata capaian sebuah tabel ("Rata-rata capaian", atau angka tanpa label yang menutup
kolom capaian) bukan rerata capaian di atasnya.

Rata-rata diketik dengan tangan setelah baris-barisnya; bila satu baris dikoreksi, rata-rata
yang dikutip ringkasan dan Ikhtisar tidak lagi sesuai tabel. Contoh: LKIP Dinas Perkebunan
Jawa Barat 2016, Tabel 3.4 ditutup dengan 93,24 di bawah sembilan capaian yang reratanya
839,36 / 9 = 93,26. Yang dirata-ratakan: baris bercapaian di atasnya (setelah baris rata-rata
sebelumnya), paling sedikit tiga. Toleransi: satu satuan desimal terakhir rata-rata ditambah
setengah satuan desimal masukan yang paling halus. Rata-rata yang berbeda lebih dari 5 % dari
rerata dibiarkan (mungkin rerata tertimbang atau dari baris lain). Selalu peringatan.""",
    "LKJ-K014": """Rata-rata capaian sebuah sasaran yang disebut narasi ("Sasaran 1 : … dengan rata-rata
capaian sebesar 47.11%") tidak sesuai dengan capaian indikator sasaran itu di tabel Pengukuran Kinerja.

Bab penutup menceritakan hasil tiap sasaran sebagai rerata indikatornya; angka yang diketik
sebelum sebuah baris dikoreksi menceritakan hasil lain daripada tabel. Contoh: LKIP Disperindag
Jawa Barat 2016, Bab IV: Misi kedua Sasaran 1 "rata-rata capaian sebesar 47.11%", padahal
Tabel 3.2 mencetak (104.66), 166.4 dan 75.6: 137,34 / 3 = 45,78. Kalimatnya harus menyebut
sasaran (mirip judul sasaran di tabel, dan jelas yang paling mirip) dan "rata-rata capaian";
sasarannya paling sedikit dua indikator. Toleransi: satu satuan desimal terakhir angka yang
disebut ditambah setengah satuan desimal capaian yang paling halus. Angka yang berbeda lebih
dari 5 % dari rerata dibiarkan. Selalu peringatan.""",
    "LKJ-K015": """JUMLAH pada tabel hitungan (misalnya jumlah indikator per penilaian per Misi) tidak sesuai rinciannya.

Bab penutup menghitung indikator per penilaian untuk tiap Misi dan sasaran, dan hitungan itu
diketik dengan tangan. Contoh: Tabel 4.1.2 sebuah laporan 2016: di MISI 3 baris sasaran
menghitung 1 dan 0 "Kurang", tetapi baris JUMLAH-nya mencetak 0 (dan 7 indikator, padahal
penilaiannya 6 + 0 + 0 + 0 = 6), sedangkan JUMLAH TOTAL mencetak 2 "Kurang" terhadap baris
JUMLAH 0 + 0 + 0 + 1 = 1. Semua tingkat dibandingkan: baris sejak baris JUMLAH sebelumnya
terhadap baris JUMLAH itu; baris-baris JUMLAH terhadap baris total di bawahnya; dan, bila
sebuah kolom angka berjudul JUMLAH, angka tiap baris terhadap kolom itu.

Peringatan saja: baris mana yang ditutup sebuah baris JUMLAH dibaca dari tata letak, tidak
tertulis. Satu jenis penjumlahan (ke bawah, ke samping) hanya dibandingkan bila sedikitnya
tiga dari empat penjumlahannya cocok, sehingga baris JUMLAH berisi rata-rata tidak dianggap
jumlah. Toleransi: tidak ada.""",
    "LKJ-K016": """Satu indikator, dua kondisi awal (baseline) berbeda untuk tahun yang sama.

Menandai indikator yang kolom kondisi awalnya ("Eksisting 2013", "Kondisi Awal 2018",
"Baseline", "Capaian Awal") berbeda antara dua tabel untuk tahun yang sama. Titik awal
ditetapkan sekali saat rencana disusun; setiap target dan setiap kenaikan diukur darinya,
sehingga dua titik awal berarti salah satu tabel disalin dari naskah lain. Contoh: LKIP 2016
Inspektorat Provinsi Jawa Barat, Lampiran 1b (hlm. 2) mencatat Eksisting 2013 "Jumlah
auditor dan P2UPD bersertifikat" "65 orang", Lampiran 1c (hlm. 4) "62"; "Persentase OPD
yang nilai evaluasi LKIP adalah ≥ B" "20% (11 OPD)" di hlm. 2 tetapi "≥B = 12 OPD (20%)" di
hlm. 3: persentasenya sama, jumlah OPD-nya tidak.

Sel yang menyebut satu ukuran dua kali ("20% (11 OPD)") dibandingkan angka demi angka,
yang sejenis dengan yang sejenis: persen dengan persen, jumlah OPD dengan jumlah OPD; angka
tanpa satuan hanya dengan sel yang menyebut satu angka. Nilai dibandingkan sebagaimana
tercetak ("32,20%" sama dengan "32,2"). Kondisi awal tidak pernah dibandingkan dengan target
atau realisasi. Selalu peringatan: kolomnya dikenali dari kata-kata judulnya.""",
    "LKJ-N001": """Angka dalam terbilang berbeda dengan angkanya.

Menandai angka di narasi yang diikuti kata-kata dalam kurung yang mengeja bilangan lain.
Terbilang adalah bentuk yang mengikat dalam tulisan resmi, sehingga ketidaksesuaian berarti
salah satunya keliru dan pembaca tidak dapat mengetahui yang mana. Toleransi: tepat.""",
    "LKJ-N002": """Selisih atau rata-rata yang disebut narasi bukan hasil angka-angka yang disebutnya sendiri.

Laporan membandingkan dua angka lalu menyebut selisihnya ("… tercapai 81,59 (Nilai A),
sedangkan … 72,14 (Nilai BB). Hal ini berarti … lebih unggul … 7,45 poin"), atau menyebut
rata-rata lalu merinci angka yang dirata-ratakan ("Rata-rata realisasi anggaran … sebesar
95,58%. Realisasi anggaran untuk masing-masing misi yaitu: … 96,78%; … 93,55%; …").
Selisih dibandingkan dengan dua angka pada kalimatnya sendiri, atau pada kalimat sebelumnya
(tepat dua angka; isi kurung dan tahun diabaikan); rata-rata dengan rerata persentase pada
kalimat berikutnya yang merincinya ("masing-masing", "yaitu"); perubahan dalam persen
terhadap persentase satu tahun ("tahun 2015 … sebesar 103,30% mengalami peningkatan sebesar
2,3%") dengan persentase kalimat sebelumnya, sebagai selisih poin maupun perubahan relatif;
keunggulan atas daerah lain ("… Maturitas SPIP Pemerintah Kabupaten … lebih unggul 0,13 poin
nilai") juga dengan tabel perbandingannya ("Realisasi 2022 | Realisasi Daerah": "Level 3
(3,157)" | "Level 3 (3,141)", 3,157 − 3,141 = 0,016), bila kalimatnya menyebut satu indikator
tabel itu (di halamannya atau dua halaman sebelumnya), sebuah tingkat pemerintahan, dan tidak
menyebut target atau tahun; temuannya mengutip kedua angka tabel (toleransi di sana juga satu
digit desimal terakhir angka tabel, karena keduanya dibulatkan); jumlah yang disebut lalu
dirinci ("sebanyak 20 indikator dengan rincian … : 16 indikator … Jumlah : 21 indikator")
dengan jumlah rinciannya dan baris Jumlah-nya (tanpa baris Jumlah, hanya bila rinciannya
lebih besar: daftarnya mungkin berlanjut di halaman berikut). Selalu peringatan: angka mana
yang dimaksud dibaca dari bentuk kalimatnya, dan rata-rata bisa berbobot. Toleransi: setengah
digit desimal terakhir yang tercetak.""",
    "LKJ-N003": """Narasi menyebut semua indikator telah mencapai target, tetapi tabel pengukurannya mencetak capaian di bawah 100 %.

Bab III menutup tabel pengukurannya dengan ringkasan ("Dari tabel di atas … semua realisasi
indikator telah mencapai target yang ditetapkan yaitu telah mencapai 100% bahkan lebih");
bila tabelnya mencetak "Maturitas SPIP … 94,24%", ringkasan dan tabel tidak mungkin
sama-sama benar. Pernyataannya harus tanpa syarat: "semua"/"seluruh" … "indikator" …
"mencapai/memenuhi/melampaui target" atau "… 100 %" dalam satu kalimat, tanpa "belum",
"tidak", "hampir", "kecuali", "hanya" atau "sebagian". Yang dibandingkan: baris tabel
Pengukuran Kinerja tahun laporan pada halaman pernyataan itu, atau halaman sebelumnya, yang
capaiannya di bawah 100 % (melewati pembulatan cetaknya). Peringatan: tabel mana yang
diringkas dibaca dari letaknya.""",
    "LKJ-N004": """Narasi menyebut hasil sebuah indikator dengan angka yang di tabel adalah realisasi indikator lain.

Bab III menceritakan setiap indikator dalam butirnya sendiri, sering ditulis dari butir
sebelumnya: "1. Tingkat Maturitas SPIP … dengan hasil Level 3 nilai 3,157", "3. Hasil Nilai
Evaluasi AKIP PD … dengan nilai 3,157 (A)", sedangkan tabel mencetak Nilai Evaluasi AKIP PD
81,59: angkanya terbawa dari butir sebelumnya. Kalimatnya harus menyebut indikatornya (tiga
perempat kata khasnya, dalam kalimat sampai angkanya) dan tidak menyebut indikator lainnya
(setengah kata khasnya); angkanya mengikuti "nilai", "hasil", "realisasi", "tercapai",
"sebesar", "mencapai" atau "diperoleh", paling sedikit dua desimal dan tanpa tanda persen;
tidak satu pun angka tabel indikator itu (target, realisasi, capaian, tahun mana pun) sama
dengannya, dan realisasi tahun laporan indikator lain mencetak digit yang sama. Peringatan:
mengaitkan kalimat dengan indikator tidak pernah pasti.""",
    "LKJ-N005": """Narasi menceritakan hasil satu indikator untuk satu tahun di dua tempat dengan dua angka.

Bab III menceritakan indikator di bawah sasarannya dan sekali lagi di ringkasan sasarannya,
masing-masing sebagai "indikator NAMA pada tahun TTTT dari target T … dicapai sebesar R".
Bila tabel tahun lain ditempel di bawah yang pertama, angkanya ikut masuk ke narasi:
"indikator Skor PPH pada tahun 2015 dari target 78 poin sudah dapat dicapai sebesar 81
point" dan "indikator Skor PPH pada tahun 2015 dari target 76 poin sudah dapat dicapai
sebesar 78.3 point" tidak mungkin sama-sama benar. Kedua kalimat harus menyebut indikator
dengan kata yang sama dan tahun yang sama; angka yang dicapai dibandingkan pada ketelitian
cetak yang lebih kasar. Peringatan: narasi mungkin menyebut dua indikator yang namanya mirip.""",
    "LKJ-S001": """Angka yang tercetak di laporan tidak dapat dibaca, sehingga tidak ikut diperiksa.

Setiap angka tabel anggaran dan angka di narasi dibaca sebagai bilangan sebelum dibandingkan.
Bila gagal, temuan ini menyebut tempatnya dan teks tertulisnya: penulisan yang tidak mungkin
("3.8000.000.000,00", "48. 592.221.203,-"), anggaran negatif, persentase di atas 1000, baris
program tanpa nama, atau angka seperti "1.250" yang dapat dibaca dua cara. Peringatan:
dokumennya mungkin benar dan pembacaannya salah, atau angkanya memang salah tulis; periksa
selnya.""",
    "LKJ-B007": """Angka anggaran atau realisasi sebuah program/kegiatan di narasi berbeda dengan barisnya di tabel.

Bab III sering menceritakan ulang anggaran per program: "Program … dengan alokasi anggaran
sebesar Rp 2.316.431.000,- terealisasi Rp 2.190.000.000,-", atau per butir: "22. Kegiatan … .
Jumlah anggaran … kegiatan ini sebesar Rp …". Angka itu dikaitkan dengan baris tabel yang
namanya disebut kalimat atau butir tersebut sebelum angka (nama lengkap terdekat; nama dengan
kata-kata lain hanya sebagai dugaan, sehingga temuannya peringatan) dan dengan kolom yang
disebut pengantarnya (anggaran/alokasi/pagu, atau realisasi/penyerapan). Bila angka narasi
tampak seperti salinan yang salah ketik dari angka baris (jumlah digit sama, paling banyak dua
digit berubah atau tertukar, atau seperseribunya), narasi dan tabel tidak mungkin sama-sama
benar. Angka yang berbeda lebih dari salah ketik tetapi kurang dari sepersepuluh menjadi
peringatan. Tidak ditandai: angka yang sama dengan kolom mana pun, angka yang dibulatkan ke
ribuan atau jutaan, angka tahap lain ("APBD murni") atau tahun lain. Narasi yang menyebut
"Rp. 0" untuk baris (pendapatan, belanja, program) yang di tabel tercetak berisi angka menjadi
peringatan: kalimatnya mungkin templat yang belum diisi. Toleransi: tepat (rupiah penuh).

Peringatan juga untuk: angka seperseribu angka salah satu baris bernama sama, bila tabel lain
mencetak nama itu dengan angka lain (rencana tahun berikutnya) dan tidak satu pun mencetak
angka narasi ("Perlindungan Anak … Rp.1,688,000.00" untuk 1,688,000,000); dan kalimat yang
menyebut anggaran dan realisasi untuk baris yang tidak dinamainya ("sasaran ini"), bila
realisasinya (minimal enam digit bermakna) hanya dicetak oleh satu baris tabel yang
anggarannya berbeda kurang dari seperempat dan angka anggaran narasi tidak ada di tabel
mana pun.""",
    "LKJ-K009": """Capaian satu indikator untuk satu tahun tercetak berbeda di dua tabel.

Pengukuran Kinerja, perbandingan antar tahun, perbandingan dengan target Renstra dan
Lampiran mengulang capaian yang sama; angka yang berbeda adalah salah salin (digit hilang,
"8,50" untuk "88,50") atau capaian yang dihitung dari target lain. Contoh: LAKIP Provinsi
Sumatera Utara 2021 mencetak capaian kemantapan jalan 8,50 % di Tabel 3.2 tetapi 88,50 % di
Tabel 3.4. Kolom "Capaian tahun lalu" adalah tahun sebelumnya; capaian terhadap target akhir
Renstra tidak dibandingkan, begitu pula rasio terhadap realisasi tahun lalu atau angka nasional
pada tabel tanpa target. Toleransi: satu satuan dari ketelitian cetak yang lebih kasar.""",
    "LKJ-K010": """Persentase capaian di narasi tidak cocok dengan tabel mana pun untuk indikator yang disebut.

Narasi bab III mengulang capaian tiap indikator; angka yang tidak ada di tabel adalah sisa
draf atau salah ketik. Contoh: LAKIP BKPD Jawa Barat 2016 menulis "atau 103,88 %" padahal
81 / 78 = 103,85 % seperti di tabel. Kalimat harus menyebut indikatornya dengan jelas; bila
beberapa indikator tersebut, yang paling banyak kata namanya tercetak. Angka yang hanya cocok
dengan angka tabel yang lebih kasar ("103") sementara angka yang sama halusnya ("103,85")
berbeda tetap dilaporkan.
Angka yang persis sama dengan realisasi (atau target) indikator itu cocok dengan tabel tetapi
bukan capaian: bila kalimat menyebutnya capaian kinerja ("Capaian kinerja X sebesar …", bukan
"target capaian", "realisasi capaian" atau "capaian X" yang dapat berarti tingkat yang dicapai)
dan angka itu berbeda dari semua capaian di tabel, narasi memakai realisasi sebagai capaian.
Contoh: LKIP Disperindag Jawa Barat 2016 menulis "Capaian kinerja peningkatan Nilai Produksi
IKM sebesar 1,309%", padahal Tabel 3.2 mencetak target 15, realisasi 1,309 dan capaian 8,726.
Kalimat yang tidak menyebut nama indikator tetapi merujuk ke belakang ("indikator sasaran ini",
"indikator tersebut") dengan satu tahun dikaitkan dengan indikator yang terakhir disebut
sebelumnya di narasi yang sama (tidak melewati judul atau tabel), yang namanya cocok dengan
jelas dengan satu nama di tabel (nama hasil OCR dicocokkan secara mirip); realisasi atau
capaiannya dibandingkan dengan kolom tahun itu ("Realisasi Tahun 2021"; "realisasi capaian
kinerjanya adalah 34,12%" adalah realisasi). Contoh: LAKIN BKPSDMD Kab. Bangka 2022, hlm. 31
"Pada Tahun 2021 target untuk indikator sasaran ini sebesar 92% dengan realisasi capaian
kinerjanya adalah 34,12%", sedangkan Tabel 3.2 mencetak Realisasi Tahun 2021 66,07 %.
Rujukan dan pencocokan nama itu sendiri adalah dugaan, jadi temuannya selalu peringatan.
Peringatan, bukan kesalahan: mengaitkan kalimat dengan indikator tidak pernah pasti.""",
    "LKJ-K011": """Target yang disebut narasi, di samping realisasinya, tidak ada di tabel mana pun untuk indikator itu.

Narasi bab III mengulang tiap indikator ("dari target … sebesar X % telah terealisasi sebesar
Y %"); target yang tidak dicetak tabel mana pun adalah sisa tahun atau rencana lain. Contoh:
LKIP Bappeda Jawa Barat 2016 menyebut target 2016 80 % (terealisasi 87,50 %), sedangkan PK
dan Pengukuran Kinerja mencetak 85. Kalimat harus menyebut indikatornya dan realisasi yang
dicetak tabel; target akhir Renstra, nasional, perubahan atau tahun lain tidak dibandingkan.
Peringatan, bukan kesalahan: mengaitkan kalimat dengan indikator tidak pernah pasti.""",
    "LKJ-S002": """Tabel yang tampak seperti tabel anggaran atau indikator tidak terbaca.

Tabel yang kepalanya menyebut Anggaran/Pagu dengan Realisasi, atau Target dengan
Realisasi/Capaian, dan berisi baris angka, tetapi tidak ada baris yang dapat diambil; atau
baris-baris angka di bawah judul seperti itu tanpa garis tabel. Aturan anggaran dan
indikator hanya dapat memeriksa yang terbaca: catatan ini memastikan "tidak ada temuan"
tidak disalahartikan sebagai "tabel bersih". Catatan, bukan peringatan: laporannya tidak
salah, pembacaannya yang belum lengkap.""",
    "LKJ-S003": """Aturan tidak dijalankan karena batas waktu dokumen habis.

Batas waktu (`--timeout`) mencakup pembacaan dan pemeriksaan. Aturan yang berhenti di tengah
atau tidak sempat dimulai tidak menemukan apa pun karena tidak dijalankan, bukan karena
dokumennya bersih. Kesalahan, agar CI dengan `--fail-on error` tidak meloloskan draf yang
belum diperiksa penuh; ulangi dengan --timeout lebih panjang.""",
    "LKJ-S004": """Aturan berhenti karena kesalahan internal lkjip pada dokumen ini.

Temuan aturan lain tetap berlaku, tetapi aturan yang gagal tidak memeriksa apa pun, dan itu
tidak sama dengan dokumen yang bersih. Kesalahan, agar CI tidak meloloskan draf yang belum
diperiksa penuh; pesannya menyebut aturan dan pengecualiannya untuk laporan bug.""",
    "LKJ-Y001": """Realisasi tahun lalu dikutip berbeda dari laporan tahun tersebut.

Setiap LKjIP membandingkan realisasi tahun ini dengan tahun-tahun sebelumnya; angka tahun
lalu harus sama dengan yang dinyatakan laporan tahun itu. Angka yang berbeda mengubah
sejarah, biasanya karena salah ketik. Kedua berkas dan halamannya disebut.""",
    "LKJ-Y002": """Target Renstra suatu tahun dicetak berbeda oleh laporan tahun yang lain.

Target Renstra tetap selama lima tahun; target yang diam-diam berubah menggeser tolok ukur.
Revisi Renstra (Renstra Perubahan) sah, maka ini peringatan untuk dijelaskan, bukan
kesalahan.""",
    "LKJ-Y003": """Anggaran program berubah nyata dari laporan satu tahun ke tahun berikutnya.

Informasi bagi analis dan auditor: ke mana anggaran bergeser, dan apakah kinerja program
ikut berubah. Perubahan kurang dari 25 % tidak dicatat; `budget_change_threshold` (pecahan)
di bawah `[options]` dalam lkjip.toml mengubahnya.""",
}
