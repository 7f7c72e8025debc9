#!/usr/bin/env python3
"""Writes a deterministic, realistic body of GET /users/{id_user}/connections/{id_connection}/accounts/{id_account}/transactions.

    python3 Benchmarks/Decoding/make-transactions.py COUNT OUT.json [SEED]

The response schema is `{"transactions": [Transaction], "total": number}`. Every transaction carries every
property the Budgea spec's Transaction schema declares, plus `type` (declared by spec/budgea.overlay.yaml;
the API sends it), valued as the API does: money with 2 decimals (-42.50, 1234567.89), dates "2015-07-04",
date-times "2015-07-04 15:17:30", null where the API sends null (no foreign currency, not deleted,
no cluster, no user comment...). Compact JSON, UTF-8 (French labels, "€"). Same COUNT and SEED, same bytes.
"""
import json
import random
import sys
from datetime import date, datetime, timedelta

count = int(sys.argv[1])
out = sys.argv[2]
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20150704)

MERCHANTS = [
    ("CARREFOUR MARKET", "PARIS"), ("HALL'S BEER", "PARIS"), ("SNCF INTERNET", "PARIS"), ("AMAZON EU SARL", "LUXEMBOURG"),
    ("MONOPRIX", "LYON"), ("FNAC", "BORDEAUX"), ("BOULANGERIE PAUL", "LILLE"), ("UBER BV", "AMSTERDAM"),
    ("TOTAL ACCESS", "NANTES"), ("PHARMACIE DU CENTRE", "TOULOUSE"), ("DECATHLON", "MARSEILLE"), ("IKEA", "VILLIERS"),
    ("LEROY MERLIN", "RENNES"), ("PICARD SURGELES", "NICE"), ("APPLE.COM/BILL", "CORK"), ("SPOTIFY", "STOCKHOLM"),
    ("NETFLIX.COM", "AMSTERDAM"), ("RATP", "PARIS"), ("LA POSTE", "PARIS"), ("CAFE DE FLORE", "PARIS"),
]
PAYEES = ["EDF CLIENTS PARTICULIERS", "ORANGE SA", "SFR", "FREE MOBILE", "MAIF", "URSSAF", "DGFIP IMPOTS",
          "LOYER SCI LES TILLEULS", "CAF DE PARIS", "SALAIRE ACME SAS", "M. DUPONT JEAN", "MME MARTIN CLAIRE"]
CURRENCIES = [
    {"id": "USD", "symbol": "$", "prefix": True, "precision": 2, "marketcap": None, "datetime": None, "name": "Dollar des États-Unis", "crypto": False},
    {"id": "GBP", "symbol": "£", "prefix": True, "precision": 2, "marketcap": None, "datetime": None, "name": "Livre sterling", "crypto": False},
    {"id": "CHF", "symbol": "CHF", "prefix": False, "precision": 2, "marketcap": None, "datetime": None, "name": "Franc suisse", "crypto": False},
]
EUR = {"id": "EUR", "symbol": "€", "prefix": False, "precision": 2, "marketcap": None, "datetime": None, "name": "Euro", "crypto": False}
CATEGORIES = [9998, 168, 170, 171, 180, 182, 186, 187, 188, 200, 201, 202, 203, 210, 211, 231, 241, 242, 250, 260]
STATES = ["parsed"] * 8 + ["categorized", "new"]
COMMENTS = ["Remboursé par Paul", "Cadeau d'anniversaire", "À vérifier", "Note de frais n°12", "Vacances été"]


class Money(float):
    """A number written with exactly two decimals (JSON has no such type; the text is what matters)."""
    def __new__(cls, cents):
        obj = float.__new__(cls, cents / 100)
        obj.cents = cents
        return obj

    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"


def money(low, high):
    return Money(rng.randint(int(low * 100), int(high * 100)))


def d(x):
    return x.strftime("%Y-%m-%d")


def dt(x):
    return x.strftime("%Y-%m-%d %H:%M:%S")


start = datetime(2015, 7, 4, 15, 17, 30)
accounts = [1201, 1202, 1203, 1204, 1205]


def transaction(i):
    when = start - timedelta(seconds=i * 1200 + rng.randint(0, 900))
    rday = when.date()
    vday = rday + timedelta(days=rng.choice([0, 0, 1, 2]))
    bday = rday - timedelta(days=rng.choice([0, 1, 1, 2]))
    scraped = when + timedelta(days=rng.randint(0, 3), seconds=rng.randint(0, 86399))
    kind = rng.choices(["card", "transfer", "withdrawal", "order", "check", "deposit", "loan_payment", "bank", "deferred_card"],
                       [50, 15, 6, 10, 2, 5, 3, 4, 5])[0]
    foreign = kind in ("card", "deferred_card") and rng.random() < 0.08
    if kind in ("card", "deferred_card", "withdrawal"):
        merchant, city = rng.choice(MERCHANTS)
        simplified = merchant
        original = f"{'CARTE' if kind != 'withdrawal' else 'RETRAIT DAB'} X{rng.randint(1000, 9999)} {rday.strftime('%d/%m')} {merchant} {city}"
        value = money(-250, -1) if kind != "withdrawal" else Money(-rng.choice([20, 40, 50, 60, 100, 200]) * 100)
        card = f"XXXXXXXXXXXX{rng.randint(1000, 9999)}"
        counterparty = merchant
    else:
        payee = rng.choice(PAYEES)
        simplified = payee
        original = f"{'VIR SEPA' if kind in ('transfer', 'deposit') else 'PRLV SEPA'} {payee} REF {rng.randint(10**9, 10**10 - 1)}"
        value = money(1000, 4500) if payee.startswith("SALAIRE") or kind == "deposit" else money(-1500, -5)
        if rng.random() < 0.001:
            value = money(-1234567.89, 1234567.89)  # the odd house sale
        card = None
        counterparty = payee
    rate = rng.uniform(0.8, 1.2) if foreign else None
    currency = rng.choice(CURRENCIES) if foreign else None
    commission = money(0.5, 3) if foreign else None
    deleted = dt(scraped + timedelta(days=rng.randint(1, 30))) if rng.random() < 0.02 else None
    return {
        "id": 3000000 + count - i,
        "id_account": accounts[i % len(accounts)],
        "webid": f"{d(rday).replace('-', '')}{rng.randint(10**7, 10**8 - 1)}",
        "application_date": d(rday),
        "date": d(rday),
        "datetime": dt(when),
        "vdate": d(vday),
        "vdatetime": dt(datetime.combine(vday, when.time())),
        "rdate": d(rday),
        "rdatetime": dt(when),
        "bdate": d(bday),
        "bdatetime": dt(datetime.combine(bday, when.time())),
        "value": value,
        "gross_value": Money(value.cents - (commission.cents if commission else 0)),
        "type": kind,
        "nature": kind,
        "original_wording": original,
        "simplified_wording": simplified,
        "stemmed_wording": simplified,
        "wording": simplified,
        "id_category": rng.choice(CATEGORIES),
        "state": rng.choice(STATES),
        "date_scraped": dt(scraped),
        "coming": rng.random() < 0.03,
        "active": rng.random() > 0.01,
        "id_cluster": rng.randint(100, 999) if rng.random() < 0.1 else None,
        "comment": rng.choice(COMMENTS) if rng.random() < 0.03 else None,
        "last_update": dt(scraped + timedelta(seconds=rng.randint(0, 3600))),
        "deleted": deleted,
        "original_value": Money(round(value.cents * rate)) if foreign else None,
        "original_gross_value": Money(round(value.cents * rate)) if foreign else None,
        "original_currency": currency,
        "commission": commission,
        "commission_currency": EUR if foreign else None,
        "card": card,
        "counterparty": counterparty,
        "country": ("US" if currency["id"] == "USD" else "GB" if currency["id"] == "GBP" else "CH") if foreign else "FR",
    }




def encode(value):
    # json's C encoder would print Money via float.__repr__ (1234.5); walk the tree ourselves for numbers.
    if isinstance(value, Money):
        return repr(value)
    if isinstance(value, dict):
        return "{" + ",".join(json.dumps(k) + ":" + encode(v) for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(encode(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


with open(out, "w", encoding="utf-8") as f:
    f.write('{"transactions":[')
    for i in range(count):
        if i:
            f.write(",")
        f.write(encode(transaction(i)))
    f.write('],"total":%d}' % count)
