"""Villages, camps, bases and crossings of conflict reporting (Lebanon, Syria, Iraq, Yemen,
Palestine, Israel, Sudan, Libya, Pakistan) that ``geo/regions.yaml`` and
``geo/city_aliases.yaml`` add: each news spelling resolves to the right country, within a
few km of the place.

Sentences are written for these tests; points are approximate, from general knowledge."""

from __future__ import annotations

import math

import pytest

from lapwing.places import PlaceFinder

from place_helpers import places


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 2 * 6371 * math.asin(math.sqrt(a))


CASES = [
    # Lebanon: the Bekaa and the south
    ("Israeli jets struck Janta in the Bekaa on Tuesday.", "Janta", "LBN", 33.89, 36.15),
    ("An airstrike hit a house in Jenta, near the Syrian border.", "Jenta", "LBN", 33.89, 36.15),
    ("Two people were killed in a strike on Nabi Chit in eastern Lebanon.", "Nabi Chit", "LBN", 33.875, 36.12),
    ("Drones targeted a site near Qusaya in the Bekaa Valley.", "Qusaya", "LBN", 33.83, 35.99),
    ("Shelling was reported in Sohmor in the western Bekaa.", "Sohmor", "LBN", 33.51, 35.66),
    ("Israeli troops advanced toward Maroun al-Ras in south Lebanon.", "Maroun al-Ras", "LBN", 33.10, 35.44),
    ("A drone strike on a car in Blida killed one man, Lebanon's health ministry said.", "Blida", "LBN", 33.14, 35.51),
    ("Artillery hit the outskirts of Rmeish in southern Lebanon.", "Rmeish", "LBN", 33.08, 35.37),
    ("Hezbollah said it fired at troops near Markaba in south Lebanon.", "Markaba", "LBN", 33.23, 35.53),
    ("The Lebanese army deployed in Bazouriyeh, east of Tyre.", "Bazouriyeh", "LBN", 33.25, 35.27),
    ("Residents of Shmustar in the Baalbek region fled on Monday.", "Shmustar", "LBN", 33.96, 36.02),
    # Syria: Quneitra, Daraa, Deir ez-Zor, the desert, Idlib and the northeast
    ("Israeli forces entered Jubata al-Khashab in Quneitra province on Tuesday.", "Jubata al-Khashab", "SYR", 33.24, 35.82),
    ("A raid on Beit Jinn in the Damascus countryside killed 13 people in Syria.", "Beit Jinn", "SYR", 33.31, 35.88),
    ("Israeli troops set up a post near Kodana in southern Syria.", "Kodana", "SYR", 32.98, 35.86),
    ("Clashes erupted in Al-Shuhayl in eastern Syria on Monday.", "Al-Shuhayl", "SYR", 35.05, 40.49),
    ("Fighters attacked a checkpoint in Thiban, in Syria's Deir ez-Zor province.", "Thiban", "SYR", 35.01, 40.51),
    ("US forces at the Conoco gas field and Al-Omar came under rocket fire in Syria.", "Al-Omar", "SYR", 35.00, 40.60),
    ("Israeli jets struck the Tiyas air base in central Syria.", "Tiyas", "SYR", 34.52, 37.63),
    ("Shelling hit villages of Jabal al-Zawiya in southern Idlib, Syria.", "Jabal al-Zawiya", "SYR", 35.70, 36.52),
    ("A drone hit a motorbike in Latamneh in northern Hama, Syria.", "Latamneh", "SYR", 35.32, 36.62),
    ("Prisoners rioted at Ghuwayran prison in Hasakah, Syria.", "Ghuwayran", "SYR", 36.48, 40.74),
    # Iraq
    ("Gunmen attacked a checkpoint near Jalawla in Diyala province, Iraq.", "Jalawla", "IRQ", 34.27, 45.16),
    ("Yazidis returned to Sinuni, north of Mount Sinjar, in Iraq.", "Sinuni", "IRQ", 36.48, 41.68),
    ("Rockets were fired at Balad Air Base north of Baghdad, Iraq.", "Balad Air Base", "IRQ", 33.94, 44.36),
    ("Iraqi forces entered Husaybah on the Syrian border.", "Husaybah", "IRQ", 34.39, 40.99),
    ("Protesters marched through Hawija, west of Kirkuk, Iraq.", "Hawija", "IRQ", 35.33, 43.77),
    # Yemen
    ("US aircraft struck targets on Kamaran Island off Yemen's Red Sea coast.", "Kamaran Island", "YEM", 15.35, 42.60),
    ("A runway is being built on Perim Island in the Bab al-Mandab, Yemen.", "Perim Island", "YEM", 12.65, 43.42),
    # West Bank, Gaza and Israel
    ("Israeli forces raided Nur Shams camp near Tulkarm in the West Bank.", "Nur Shams", "PSE", 32.31, 35.06),
    ("Troops stormed the Arroub refugee camp in the West Bank on Monday.", "Arroub", "PSE", 31.62, 35.14),
    ("Settlers attacked homes in Al-Khalil on Monday, Palestinian media said.", "Al-Khalil", "PSE", 31.53, 35.09),
    ("Israeli forces raided Nabi Saleh near Ramallah in the West Bank.", "Nabi Saleh", "PSE", 32.02, 35.12),
    ("Tanks pushed into Khuza'a east of Khan Younis in the Gaza Strip.", "Khuza'a", "PSE", 31.31, 34.36),
    ("A strike hit a house in Zawaida in central Gaza on Tuesday.", "Zawaida", "PSE", 31.44, 34.37),
    ("Gunmen infiltrated Nir Oz, near the Gaza border, in southern Israel.", "Nir Oz", "ISR", 31.31, 34.40),
    ("Aid trucks entered through Zikim in the north of the Gaza Strip.", "Zikim", "ISR", 31.61, 34.52),
    # Sudan
    ("The RSF shelled Zamzam camp south of El Fasher in Sudan.", "Zamzam", "SDN", 13.49, 25.30),
    ("Thousands fled the Abu Shouk camp in North Darfur, Sudan.", "Abu Shouk", "SDN", 13.66, 25.32),
    ("Displaced families reached Tawila in North Darfur, Sudan.", "Tawila", "SDN", 13.50, 24.84),
    ("Drones struck Al-Ubayyid, the capital of North Kordofan, Sudan.", "Al-Ubayyid", "SDN", 13.18, 30.22),
    # Libya
    ("Guards clashed at the Ras Lanuf oil terminal in Libya on Sunday.", "Ras Lanuf", "LBY", 30.50, 18.57),
    ("Exports resumed from Es Sider, Libya's largest oil port.", "Es Sider", "LBY", 30.63, 18.35),
    ("Flights were suspended at Mitiga airport in Tripoli, Libya.", "Mitiga", "LBY", 32.89, 13.28),
    # Pakistan
    ("Militants attacked a checkpoint in Mir Ali, North Waziristan, Pakistan.", "Mir Ali", "PAK", 32.99, 70.28),
    ("A curfew was imposed in Miramshah in Pakistan's northwest.", "Miramshah", "PAK", 33.00, 70.07),
    ("Sectarian clashes in Kurram killed 40 people, Pakistani officials said.", "Kurram", "PAK", 33.75, 70.25),
    ("Pakistan closed the Torkham border with Afghanistan on Monday.", "Torkham", "PAK", 34.11, 71.09),
    ("Troops launched an operation in the Tirah valley of Khyber district, Pakistan.", "Tirah valley", "PAK",
     33.75, 70.85),
    # Iran
    ("Workers went on strike in Bandar Mahshahr in Iran's Khuzestan province.", "Bandar Mahshahr", "IRN", 30.56, 49.19),
]


@pytest.mark.parametrize("text, name, country, lat, lon", CASES, ids=[c[1] for c in CASES])
def test_a_conflict_place_resolves_near_its_point(finder: PlaceFinder, text: str, name: str, country: str,
                                                   lat: float, lon: float) -> None:
    found = places(finder, text)
    assert name in found, f"{name!r} not found in {sorted(found)}"
    candidate = found[name]
    assert candidate is not None
    assert candidate.country == country
    assert _km(lat, lon, candidate.lat, candidate.lon) <= 5.0


def test_north_and_south_waziristan_are_units_of_their_own(finder: PlaceFinder) -> None:
    found = places(finder, "Drone strikes hit North Waziristan and South Waziristan, Pakistani officials said.")
    north, south = found["North Waziristan"], found["South Waziristan"]
    assert (north.country, south.country) == ("PAK", "PAK")
    assert north.lat > south.lat + 0.4
