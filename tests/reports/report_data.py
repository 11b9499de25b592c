"""Texts the report tests put into a project and look for in the output."""

HOSTILE = ['<b>vet</b>', 'A & B', '<img src="/etc/passwd">', '<a href="javascript:alert(1)">klik</a>']
DIACRITICS = "Coöperatie één, € 1.250, Łódź żółć, İstanbul ğüşıöç"
ARABIC_EMOJI = "مرحبا بالعالم 🤝🏽 👩‍👩‍👧 samen verder"
LONG = " ".join(f"woord{i:05d}" for i in range(1000))  # > 10,000 characters
